import type { ComponentChildren } from 'preact';

/** A labelled form field; the label is tied to the control for screen readers. */
export function Field({ id, label, children, hint }: { id: string; label: string; children: ComponentChildren; hint?: string }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && <p class="muted" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}
