import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import 'react-hold-stories/styles.css';
import { App } from './App';

/**
 * Renders the piece into `container` (and shows it). Loaded only when the viewer leaves the
 * opening screen, which is plain HTML shown before any script runs. The first render is
 * synchronous, so the caller can hide the opening screen in the same task: no blank frame
 * is ever painted between the two.
 */
export function mountDemo(container: HTMLElement, options: { reading: boolean }) {
  const root = createRoot(container);
  container.hidden = false;
  flushSync(() => {
    root.render(
      <StrictMode>
        <App initialReading={options.reading} />
      </StrictMode>,
    );
  });
}
