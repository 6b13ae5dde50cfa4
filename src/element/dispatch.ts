/** Fires `name` on the element as a page hears its events: bubbling, out of the shadow root. */
export const dispatch = (target: EventTarget, name: string, detail: object): boolean =>
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
