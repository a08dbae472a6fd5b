import { Field } from '../components/field';

/** A PIN box: digits only, so phones show the number pad; never remembered by the browser. */
export function PinInput({ id, label, value, onInput, autoFocus }: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoFocus?: boolean;
}) {
  return (
    <Field id={id} label={label}>
      <input id={id} class="pin" type="password" inputMode="numeric" pattern="[0-9]*" autoComplete="off" maxLength={12}
        value={value} autoFocus={autoFocus} required onInput={(e) => onInput(e.currentTarget.value.replace(/\D/g, ''))} />
    </Field>
  );
}
