import type { DocumentLike } from './types';

export interface Visibility {
  readonly visible: boolean;
  /**
   * Follows `ownerDocument` from now on (none: the last known state stays, nothing is watched).
   * Calls `onChange` when the new document's visibility differs from what was known.
   */
  watch(ownerDocument: DocumentLike | undefined): void;
  dispose(): void;
}

/** Follows the owner document's `visibilitychange`; without a document it is always visible. */
export function createVisibility(
  ownerDocument: DocumentLike | undefined,
  onChange: (visible: boolean) => void,
): Visibility {
  let watched: DocumentLike | undefined;
  let visible = true;
  const update = () => {
    const now = watched?.visibilityState !== 'hidden';
    if (now === visible) return;
    visible = now;
    onChange(visible);
  };
  const dispose = () => {
    watched?.removeEventListener('visibilitychange', update);
    watched = undefined;
  };
  const watch = (next: DocumentLike | undefined) => {
    dispose();
    if (!next) return;
    watched = next;
    next.addEventListener('visibilitychange', update);
    update();
  };
  // At creation nobody listens yet: start from the document's state without a change.
  visible = ownerDocument?.visibilityState !== 'hidden';
  watch(ownerDocument);

  return {
    get visible() {
      return visible;
    },
    watch,
    dispose,
  };
}
