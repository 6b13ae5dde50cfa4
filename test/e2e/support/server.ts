// The e2e tests' view of the fixture server and the phone. The implementation is plain
// JavaScript in test/bench/serveFixture.mjs, shared with the benchmark (which runs on bare
// Node); this file gives it types and the helpers only the tests need.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchPhone as launch,
  openStory as open,
  type Sample,
  serveFixture,
  startSampling,
  stopSampling,
  waitDisplayFrames,
} from '../../bench/serveFixture.mjs';

export type { Sample };
export { startSampling, stopSampling, waitDisplayFrames };

export interface FixtureServer {
  /** The fixture page, e.g. `http://127.0.0.1:41234/`; add `?rate=…&start=…` to vary it. */
  url: string;
  close(): Promise<void>;
}

export interface Phone {
  browser: Browser;
  /** 390×844, deviceScaleFactor 3, isMobile, hasTouch. */
  context: BrowserContext;
  close(): Promise<void>;
}

/** A story page and one finger on it (CSS pixels), through CDP `Input.dispatchTouchEvent`. */
export interface StoryPage {
  page: Page;
  touchDown(x: number, y: number): Promise<unknown>;
  touchMove(x: number, y: number): Promise<unknown>;
  touchUp(): Promise<unknown>;
  touchCancel(): Promise<unknown>;
  /** Resolves after `count` display frames (requestAnimationFrame callbacks) in the page. */
  waitFrames(count: number): Promise<unknown>;
  close(): Promise<void>;
}

/** Starts Vite on test/e2e/fixture, from the sources, on a free port. */
export function startFixtureServer(): Promise<FixtureServer> {
  return serveFixture();
}

/** Headless system Chromium (findChromium, CHROMIUM_ARGS) with a phone context. */
export function launchPhone(): Promise<Phone> {
  return launch();
}

/** Opens `url` in a new page of the phone and waits until the story plays. */
export function openStory(phone: Phone, url: string): Promise<StoryPage> {
  return open(phone.context, url);
}
