/**
 * Where to get help in France, as the end screen shows it (the opening screen links 3018 too).
 * Numbers, hours and channels change: check them before publishing. The web addresses are the
 * services' own sites.
 */
export const HELP = {
  bullying: {
    number: '3018',
    tel: 'tel:3018',
    web: 'https://3018.fr',
    webLabel: '3018.fr',
    /** Run by the association e-Enfance; one national number for school bullying and cyberbullying. */
    by: 'e-Enfance',
  },
  childInDanger: {
    number: '119',
    tel: 'tel:119',
    web: 'https://www.allo119.gouv.fr',
    webLabel: 'allo119.gouv.fr',
  },
  emergency: { numbers: ['17', '112'] },
} as const;
