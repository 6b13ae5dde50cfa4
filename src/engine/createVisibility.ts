import type { DocumentLike } from './types';

export interface Visibility {
  readonly visible: boolean;
  dispose(): void;
}

/** Follows the owner document's `visibilitychange`; without a document it is always visible. */
export function createVisibility(
  ownerDocument: DocumentLike | undefined,
  onChange: (visible: boolean) => void,
): Visibility {
  const isVisible = () => ownerDocument?.visibilityState !== 'hidden';
  let visible = isVisible();
  const listener = () => {
    if (isVisible() === visible) return;
    visible = !visible;
    onChange(visible);
  };
  ownerDocument?.addEventListener('visibilitychange', listener);

  return {
    get visible() {
      return visible;
    },
    dispose: () => ownerDocument?.removeEventListener('visibilitychange', listener),
  };
}
