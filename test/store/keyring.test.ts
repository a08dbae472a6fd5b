import { beforeEach, describe, expect, it } from 'vitest';
import {
  createKeyring,
  deleteKeyring,
  keyringState,
  MAX_PIN_ATTEMPTS,
  setPin,
  unlockWithPin,
  unlockWithServer,
} from '../../src/store/crypto/keyring';
import { Vault } from '../../src/store';

const serverKey = () => crypto.getRandomValues(new Uint8Array(32));

/** Two keys are the same key when one opens what the other sealed. */
async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  const sealed = await new Vault(a).seal('probe');
  return (await new Vault(b).open(sealed)) === 'probe';
}

describe('device keyring', () => {
  beforeEach(() => deleteKeyring());

  it('unlocks with the PIN it was given, and with the server key', async () => {
    const fromServer = serverKey();
    const key = await createKeyring('dara', fromServer);
    expect(await keyringState()).toEqual({ username: 'dara', hasPin: false, failures: 0 });
    await setPin(key, '482913');
    const unlocked = await unlockWithPin('482913');
    expect(unlocked.status).toBe('unlocked');
    expect(await sameKey(key, (unlocked as { key: CryptoKey }).key)).toBe(true);
    expect(await sameKey(key, (await unlockWithServer(fromServer))!)).toBe(true);
  });

  it('refuses a short or non-numeric PIN', async () => {
    const key = await createKeyring('dara', serverKey());
    await expect(setPin(key, '1234')).rejects.toThrow(/6 to 12 digits/);
    await expect(setPin(key, 'abcdef')).rejects.toThrow(/6 to 12 digits/);
  });

  it('does not open with another server key', async () => {
    await createKeyring('dara', serverKey());
    expect(await unlockWithServer(serverKey())).toBeNull();
  });

  it(`forgets the PIN copy of the key after ${MAX_PIN_ATTEMPTS} wrong PINs; the server copy still opens the data`, async () => {
    const fromServer = serverKey();
    const key = await createKeyring('dara', fromServer);
    await setPin(key, '482913');
    for (let left = MAX_PIN_ATTEMPTS - 1; left > 0; left--) {
      expect(await unlockWithPin('000000')).toEqual({ status: 'wrong', attemptsLeft: left });
    }
    expect(await unlockWithPin('000000')).toEqual({ status: 'locked-out' });
    // The right PIN is no use now: its wrapped key is gone from the device.
    expect(await unlockWithPin('482913')).toEqual({ status: 'locked-out' });
    expect((await keyringState())?.hasPin).toBe(false);
    const recovered = await unlockWithServer(fromServer);
    expect(await sameKey(key, recovered!)).toBe(true);
    await setPin(recovered!, '135799');
    expect((await unlockWithPin('135799')).status).toBe('unlocked');
  }, 30_000);

  it('starts the wrong-PIN count over after a right PIN', async () => {
    const key = await createKeyring('dara', serverKey());
    await setPin(key, '482913');
    await unlockWithPin('111111');
    await unlockWithPin('482913');
    expect((await keyringState())?.failures).toBe(0);
  }, 30_000);
});
