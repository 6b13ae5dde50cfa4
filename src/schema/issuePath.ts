import type * as v from 'valibot';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a valibot issue path the way the player's messages do: `frames[3].duration` under the
 * prefix (`stories[0].frames[3].duration` under `stories`). A key that is not an identifier is
 * quoted (`frames[0]["font size"]`); an issue at the root is named `root`.
 */
export function issuePath(
  path: readonly v.IssuePathItem[] | undefined,
  prefix: string,
  root: string,
): string {
  let at = prefix;
  for (const { key } of path ?? []) {
    if (typeof key === 'number') at += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) at += at === '' ? key : `.${key}`;
    else at += `[${JSON.stringify(String(key))}]`;
  }
  return at === '' ? root : at;
}
