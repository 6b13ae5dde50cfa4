import { HoldStoriesElement } from './HoldStoriesElement';

/**
 * Defines `<hold-stories>` (or `tagName`) with this page's custom elements. Call it once, on the
 * client; a second call for a tag already defined does nothing but warn — it never throws, so
 * two scripts that both define it cannot break the page.
 * @returns the class now registered under the tag (ours, or the one that was there).
 * @example defineHoldStories(); // then <hold-stories src="/story.json" rate="6"></hold-stories>
 */
export function defineHoldStories(tagName = 'hold-stories'): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(tagName);
  if (existing) {
    console.warn(`<${tagName}> is already defined; defining it again does nothing`);
    return existing;
  }
  // Each tag gets its own subclass: its messages name the tag it was defined under.
  const defined = class extends HoldStoriesElement {
    static override tagName = tagName;
  };
  customElements.define(tagName, defined);
  return defined;
}
