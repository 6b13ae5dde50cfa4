import { useEffect, useRef } from 'react';
import { demoStories, messageTotals } from '../stories';
import { HELP } from './help';
import { type Tally, useTally } from './tally';

/**
 * After the last story: what was found, a way back in, and above all what to do — talk to an
 * adult, keep evidence, report, support a classmate — with 3018 and 119 one tap away.
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
        {found === 0 ? (
          <>Tu n’as découvert aucun des {messageTotals.all} messages cachés.</>
        ) : (
          <>
            Tu as découvert{' '}
            <strong>
              {found} message{found > 1 ? 's' : ''} caché{found > 1 ? 's' : ''} sur{' '}
              {messageTotals.all}
            </strong>
            .
          </>
        )}
        {found < messageTotals.all &&
          ' Revois les histoires et arrête-toi plus souvent, à d’autres moments.'}
      </p>
      <ul className="demo-end-stories">
        {demoStories.map((story) => (
          <li key={story.id}>
            <span>{story.title}</span>
            <span className="demo-end-count">
              {tally.count(story.id)}
              {'\u00a0/\u00a0'}
              {messageTotals.byStory[story.id]}
            </span>
          </li>
        ))}
      </ul>
      <div className="demo-actions">
        <button
          type="button"
          className="demo-button demo-button-primary"
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

      <section className="demo-end-section demo-help" aria-labelledby="demo-help">
        <h2 id="demo-help">Besoin d’aide{'\u202f'}?</h2>
        <a className="demo-call" href={bullying.tel}>
          <span className="demo-call-number" aria-hidden="true">
            {bullying.number}
          </span>
          <span>Appeler le {bullying.number}</span>
        </a>
        <p>
          Le numéro national contre le harcèlement, à l’école comme en ligne. Gratuit, anonyme et
          confidentiel. 7{'\u00a0'}jours sur 7, de 9{'\u00a0'}h à 23{'\u00a0'}h{'\u00a0'}: par
          téléphone, par chat et avec l’application 3018.
        </p>
        <p>
          <a href={bullying.web}>
            Chat et application{'\u00a0'}: {bullying.webLabel}
          </a>
        </p>
        <h3>Un enfant en danger{'\u202f'}?</h3>
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
