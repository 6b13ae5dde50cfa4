import { createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { StoriesCollectionHandle } from '../react/collection/types';
import type { StoriesHandle } from '../react/types';
import { prefersReducedMotion } from '../react/util/reducedMotion';
import type { Story } from '../story/types';
import { ATTRIBUTES, readAttributes } from './attributes';
import { dispatch } from './dispatch';
import { ElementStories } from './ElementStories';
import { type Loaded, loadSource, readStories } from './loadSource';
import { adoptSkin } from './skin';
import { upgradeProperties } from './upgradeProperties';
import { watchInView } from './watchInView';

// On a server there is no HTMLElement: the class is then never defined (SSR-safe import).
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

type Handle = StoriesCollectionHandle & StoriesHandle;

/**
 * `<hold-stories>`: stories that play fast-forwarded and reveal their hidden messages while the
 * viewer holds, for any page. Its stories come from `src` (a story's JSON, or a list of stories)
 * or from the `story` / `stories` properties; its attributes set the options; every event of the
 * stories is dispatched on it (bubbling, composed) with its payload as `detail`. It renders in an
 * open shadow root with the default skin; `--hs-*` variables and `::part()` theme it.
 */
export class HoldStoriesElement extends Base {
  static readonly observedAttributes = ATTRIBUTES;
  /** The tag it was defined under (`defineHoldStories`), for its messages. */
  static tagName = 'hold-stories';

  #root: Root | null = null;
  #container: HTMLElement | null = null;
  #loaded: Loaded | undefined;
  #loadedSrc: string | undefined;
  #abort: AbortController | null = null;
  #unwatch: (() => void) | null = null;
  #handle = createRef<Handle>();
  /** A failure of data given by property before the element was in a document. */
  #unsaid: Extract<Loaded, { ok: false }> | undefined;
  /** Attribute values already warned about: once each. */
  #warned = new Set<string>();

  /** One story to play (instead of `src`); checked as the component checks it. */
  get story(): Story | undefined {
    return this.#loaded?.ok && !this.#loaded.collection ? this.#loaded.stories[0] : undefined;
  }
  set story(story: Story | undefined) {
    this.#setData(
      story === undefined ? undefined : { ok: true, stories: [story], collection: false },
    );
  }

  /** Several stories a swipe apart (instead of `src`). */
  get stories(): Story[] | undefined {
    return this.#loaded?.ok ? this.#loaded.stories : undefined;
  }
  set stories(stories: Story[] | undefined) {
    this.#setData(stories === undefined ? undefined : readStories(stories));
  }

  play(): void {
    this.#handle.current?.play();
  }
  pause(): void {
    this.#handle.current?.pause();
  }
  next(): void {
    this.#handle.current?.next();
  }
  prev(): void {
    this.#handle.current?.prev();
  }
  goTo(index: number): void {
    this.#handle.current?.goTo(index);
  }
  hold(): void {
    this.#handle.current?.hold();
  }
  release(): void {
    this.#handle.current?.release();
  }
  /** Shows the current frame's hidden messages (while held, or to read); `conceal()` hides them. */
  reveal(): void {
    this.#handle.current?.reveal();
  }
  conceal(): void {
    this.#handle.current?.conceal();
  }
  /** Answers the current frame's question with option `index`. */
  answer(index: number): void {
    this.#handle.current?.answer(index);
  }
  /** The next story, with several; nothing after the last. */
  nextStory(): void {
    this.#handle.current?.nextStory?.();
  }
  prevStory(): void {
    this.#handle.current?.prevStory?.();
  }
  goToStory(index: number): void {
    this.#handle.current?.goToStory?.(index);
  }

  connectedCallback(): void {
    upgradeProperties<HoldStoriesElement>(this, ['story', 'stories']);
    if (!this.#root) {
      // As `<Stories>` does: a viewer who asks the system for less motion reads, unhurried.
      if (!this.hasAttribute('reading-mode') && prefersReducedMotion()) {
        this.setAttribute('reading-mode', '');
      }
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      adoptSkin(shadow);
      this.#container = document.createElement('div');
      this.#container.className = 'hs-element';
      shadow.append(this.#container);
      this.#root = createRoot(this.#container);
      this.#unwatch = watchInView(this, () => this.#handle.current);
    }
    this.#render();
  }

  disconnectedCallback(): void {
    // A move in the DOM disconnects and connects again in the same task: keep the player then.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#unwatch?.();
      this.#root.unmount();
      this.#container?.remove();
      this.#root = null;
      this.#unwatch = null;
      this.#abort?.abort();
      // A later connect loads `src` again.
      this.#loadedSrc = undefined;
    });
  }

  attributeChangedCallback(): void {
    if (this.#root) this.#render();
  }

  /** Data given by property: it wins over `src` until `src` changes. */
  #setData(loaded: Loaded | undefined): void {
    this.#abort?.abort();
    this.#loaded = loaded;
    this.#loadedSrc = this.getAttribute('src') ?? undefined;
    // Said once the element is in a document, where the page listens.
    this.#unsaid = loaded && !loaded.ok ? loaded : undefined;
    this.#render();
  }

  #fail({ error }: Extract<Loaded, { ok: false }>, src: string | undefined): void {
    const { kind, message, issues } = error;
    dispatch(this, 'error', { kind, src, message, issues });
  }

  #render(): void {
    if (!this.#root) return;
    if (this.#unsaid) {
      this.#fail(this.#unsaid, undefined);
      this.#unsaid = undefined;
    }
    const tag = (this.constructor as typeof HoldStoriesElement).tagName;
    const options = readAttributes(this, tag, this.#warned);
    if (options.src && options.src !== this.#loadedSrc) this.#load(options.src);
    const view = {
      options,
      loaded: this.#loaded,
      dispatch: (name: string, detail: object) => dispatch(this, name, detail),
      setReadingMode: (on: boolean) => this.toggleAttribute('reading-mode', on),
      handle: this.#handle,
    };
    this.#root.render(<ElementStories view={view} />);
  }

  #load(src: string): void {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#loadedSrc = src;
    this.#loaded = undefined;
    void loadSource(src, abort.signal).then((loaded) => {
      if (abort.signal.aborted) return;
      this.#loaded = loaded;
      if (!loaded.ok) this.#fail(loaded, src);
      this.#render();
    });
  }
}
