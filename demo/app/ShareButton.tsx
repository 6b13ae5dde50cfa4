import { useState } from 'react';

/** What a share sends: the piece's title, one sentence, and the page's own address. */
const SHARE_TITLE = 'Stop Harcèlement — trois journées en accéléré';
const SHARE_TEXT =
  'Leur journée défile trop vite. Maintiens ton doigt appuyé pour voir ce qu’ils vivent vraiment. Besoin d’aide\u00a0: 3018, gratuit et anonyme.';

type Outcome = 'idle' | 'copied' | 'failed';

/** The page's address without its fragment: what a friend should open. */
function pageUrl(): string {
  const url = new URL(window.location.href);
  url.hash = '';
  return url.href;
}

/**
 * « Partager »: the system share sheet (Web Share API) where the browser has one, else the link
 * copied to the clipboard with a visible « Lien copié ». A cancelled share says nothing; when
 * neither works, the address is shown to copy by hand.
 */
export function ShareButton() {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const url = pageUrl();

  async function share() {
    setOutcome('idle');
    const data = { title: SHARE_TITLE, text: SHARE_TEXT, url };
    if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The viewer closed the share sheet: nothing to say.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <div className="demo-share">
      <button
        type="button"
        className="demo-button demo-button-secondary"
        data-demo-share
        onClick={() => void share()}
      >
        Partager
      </button>
      <p className="demo-share-status" role="status" data-demo-share-status={outcome}>
        {outcome === 'copied' && 'Lien copié'}
        {outcome === 'failed' && (
          <>
            Copie impossible. Le lien{'\u00a0'}: {url}
          </>
        )}
      </p>
    </div>
  );
}
