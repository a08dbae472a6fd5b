/** The request never got an answer: no network, the server unreachable, or the timeout hit. */
export class OfflineError extends Error {
  override name = 'OfflineError';
  constructor(message = 'The server could not be reached', readonly cause?: unknown) {
    super(message);
  }
}

/** 401 on an authenticated call: the session expired or was revoked; sign in again. */
export class AuthExpiredError extends Error {
  override name = 'AuthExpiredError';
  constructor(message = 'The session has expired; sign in again') {
    super(message);
  }
}

/** 401 'revoked': a supervisor revoked this device or inspector; the device must wipe its data. */
export class DeviceRevokedError extends Error {
  override name = 'DeviceRevokedError';
  constructor(message = 'This device was revoked by a supervisor') {
    super(message);
  }
}

/** 401 on sign-in. */
export class WrongCredentialsError extends Error {
  override name = 'WrongCredentialsError';
  constructor() {
    super('Wrong username or password');
  }
}

/** 426: the server no longer speaks this app's protocol; the app must update. The outbox is kept. */
export class ClientTooOldError extends Error {
  override name = 'ClientTooOldError';
  constructor() {
    super('This version of the app is too old for the server; update the app');
  }
}

/** Any other non-2xx answer. */
export class ServerError extends Error {
  override name = 'ServerError';
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    const detail = typeof body === 'object' && body && 'message' in body ? `: ${String(body.message)}` : '';
    super(`The server answered ${status}${detail}`);
  }
}

/** A 2xx answer that does not match the protocol schema. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(
    message: string,
    readonly issues: unknown[] = [],
  ) {
    super(message);
  }
}
