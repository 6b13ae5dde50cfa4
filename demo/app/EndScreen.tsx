import { useEffect, useRef } from 'react';
import { HELP } from './help';
import { ShareButton } from './ShareButton';
import { type Tally, useTally } from './tally';

/**
 * After the last story, what to do first: call 3018 (the one primary action, in view on a
 * phone without scrolling), then what a pupil or a witness can do, the other numbers, and only
 * then share and replay. What was found is told as a fact about real life, not as a score.
 */
export function EndScreen({ tally, onReplay }: { tally: Tally; onReplay(reading: boolean): void }) {
  useTally(tally);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const found = tally.count();
  const { bullying, childInDanger, emergency } = HELP;

  return (
    <main className="demo-end" data-demo-end>
      <h1 ref={heading} tabIndex={-1}>
        Le harcèlement ne se voit pas toujours. Il se vit tous les jours.
      </h1>
      <p className="demo-end-tally" data-demo-found={found}>
        <FoundSentence found={found} />
      </p>

      <section className="demo-help" aria-labelledby="demo-help">
        <h2 id="demo-help">Tu le vis ou tu le vois{'\u202f'}?</h2>
        <a className="demo-call" href={bullying.tel} data-demo-call>
          <span className="demo-call-number" aria-hidden="true">
            {bullying.number}
          </span>
          <span>Appeler le {bullying.number} — gratuit, anonyme, 7j/7</span>
        </a>
        <p>
          Le numéro national contre le harcèlement, à l’école comme en ligne. Gratuit, anonyme et
          confidentiel. 7{'\u00a0'}jours sur 7, de 9{'\u00a0'}h à 23{'\u00a0'}h{'\u00a0'}: par
          téléphone, par chat (<a href={bullying.web}>{bullying.webLabel}</a>) et avec l’application
          3018.
        </p>
      </section>

      <section className="demo-end-section" aria-labelledby="demo-todo">
        <h2 id="demo-todo">Ce que tu peux faire</h2>
        <ul className="demo-todo">
          <li>
            <strong>Parles-en à un adulte de confiance</strong>
            {'\u00a0'}: un parent, un professeur, le ou la CPE, l’infirmière ou l’infirmier
            scolaire.
          </li>
          <li>
            <strong>Garde des preuves</strong>
            {'\u00a0'}: fais des captures d’écran des messages, des photos et des comptes, avec les
            dates.
          </li>
          <li>
            <strong>Signale</strong> les contenus et les faux comptes au réseau social, et dis-le à
            un adulte.
          </li>
          <li>
            <strong>Soutiens un ou une camarade</strong>
            {'\u00a0'}: ne ris pas, ne partage pas, va lui parler, propose-lui d’aller voir un
            adulte avec toi.
          </li>
        </ul>
      </section>

      <section className="demo-end-section" aria-labelledby="demo-danger">
        <h2 id="demo-danger">Un enfant en danger{'\u202f'}?</h2>
        <a className="demo-call demo-call-secondary" href={childInDanger.tel}>
          <span className="demo-call-number" aria-hidden="true">
            {childInDanger.number}
          </span>
          <span>Appeler le {childInDanger.number}</span>
        </a>
        <p>
          Allô enfance en danger{'\u00a0'}: 24{'\u00a0'}heures sur 24, gratuit.{' '}
          <a href={childInDanger.web}>{childInDanger.webLabel}</a>
        </p>
        <p>
          En cas d’urgence{'\u00a0'}:{' '}
          {emergency.numbers.map((number, i) => (
            <span key={number}>
              {i > 0 && ' ou '}
              <a href={`tel:${number}`}>{number}</a>
            </span>
          ))}
          .
        </p>
      </section>

      <div className="demo-actions">
        <ShareButton />
        <button
          type="button"
          className="demo-button demo-button-secondary"
          data-demo-replay
          onClick={() => onReplay(false)}
        >
          Revoir les histoires
        </button>
        <button
          type="button"
          className="demo-button demo-button-secondary"
          onClick={() => onReplay(true)}
        >
          Revoir en mode lecture
        </button>
      </div>

      <footer className="demo-credits">
        <p>
          Histoires et personnages inventés, à partir de situations que vivent beaucoup d’élèves.
          Inspiré de la campagne «{'\u00a0'}Stop Harcèlement{'\u00a0'}» de l’association Respect
          Zone (2019). Illustrations dessinées dans ce projet.
        </p>
        <p>
          Pour le site d’un établissement ou d’une association{'\u00a0'}:{' '}
          <a href="./embed.html">intégrer ces histoires</a>.
        </p>
      </footer>
    </main>
  );
}

/**
 * The hidden messages the viewer read, as a fact, not a score: no total, no "try harder". In
 * real life one is enough to act, and none seen means the day went by too fast.
 */
function FoundSentence({ found }: { found: number }) {
  if (found === 0) {
    return (
      <>
        Tu n’as lu aucun message caché{'\u00a0'}: la journée a défilé trop vite. Dans la vraie vie
        aussi, il faut s’arrêter pour voir.
      </>
    );
  }
  if (found === 1) {
    return <>Tu as lu un message caché. Dans la vraie vie, un seul suffit pour agir.</>;
  }
  return <>Tu as lu {found} messages cachés. Dans la vraie vie, un seul suffit pour agir.</>;
}
