import { useEffect } from 'preact/hooks';

// Forms that hold typing not yet saved. An app update waits while any is dirty, because
// swapping in a new version reloads the page and would throw that typing away.
const dirty = new Set<string>();

export function hasUnsavedInput(): boolean {
  return dirty.size > 0;
}

export function useUnsavedInput(formId: string, isDirty: boolean): void {
  useEffect(() => {
    if (isDirty) dirty.add(formId);
    else dirty.delete(formId);
    return () => {
      dirty.delete(formId);
    };
  }, [formId, isDirty]);
}
