/// <reference types="vite/client" />
import './demo.css';

/**
 * The opening screen is plain HTML in index.html: it shows, and teaches the gesture, before any
 * script runs. This entry only wires its two buttons; the player itself (React, the library,
 * the scenes) is downloaded once that screen has painted, and run when the viewer starts.
 */
const intro = document.getElementById('intro');
const app = document.getElementById('app');
if (!intro || !app) throw new Error('demo: #intro and #app must be in index.html');

let loading: Promise<typeof import('./app/mount')> | undefined;
const load = () => {
  loading ??= import('./app/mount');
  return loading;
};

/**
 * Starts the player's download without running it: the build leaves its hints (`modulepreload`,
 * `preload`) inert in a `<template>` (see demo/vite.config.ts), moved into the head here. Once
 * the player is loading, the import asks for the same files itself: nothing to do.
 */
function preloadPlayer() {
  const hints = document.getElementById('demo-player-files');
  if (!(hints instanceof HTMLTemplateElement) || loading) return;
  document.head.append(hints.content);
  hints.remove();
}

// After the load and the frame after it: the opening screen is painted, and on a phone's
// network the ~145 kB of the player no longer compete with what that paint needs.
const afterFirstPaint = () => requestAnimationFrame(() => setTimeout(preloadPlayer));
if (document.readyState === 'complete') afterFirstPaint();
else window.addEventListener('load', afterFirstPaint, { once: true });

/** Reading mode on request, and for viewers whose system asks for less motion. */
const prefersLessMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

let started = false;

async function start(button: HTMLButtonElement, reading: boolean) {
  // One start only, whatever is tapped twice while the player loads.
  if (!intro || !app || started) return;
  started = true;
  // Said at once (and painted before the player's code runs, which takes a moment on a phone).
  button.setAttribute('aria-busy', 'true');
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const { mountDemo } = await load();
  mountDemo(app, { reading });
  intro.hidden = true;
  button.removeAttribute('aria-busy');
}

for (const [selector, reading] of [
  ['[data-demo-start]', prefersLessMotion],
  ['[data-demo-reading]', () => true],
] as const) {
  const button = intro.querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`demo: ${selector} is missing from index.html`);
  button.addEventListener('pointerdown', load, { once: true });
  button.addEventListener('click', () => void start(button, reading()));
}
