/**
 * The candidates of a `srcset`, split as the HTML parser splits them ("parse a srcset
 * attribute"), so that every URL a browser may fetch is checked. Reads each character once.
 */

/** One candidate: its URL and its descriptors as written (`'640w'`, `' 2x'`, `''`). */
export type SrcsetCandidate = [url: string, descriptors: string];

/** ASCII whitespace, as HTML splits on (not `\s`: a no-break space is part of a URL). */
const isSpace = (character: string | undefined) =>
  character !== undefined && ' \t\n\f\r'.includes(character);

/**
 * Each candidate in order: after spaces and commas, a URL is a run of non-spaces (commas inside
 * it stay, as data: URLs hold them; trailing ones end it and its candidate), then descriptors
 * up to the next comma. A browser would keep a comma inside parentheses in the descriptors
 * (`a.jpg (1x, b.jpg) 2x`): `'('` is no descriptor, so such a candidate is refused as a whole
 * (`isDescriptors`), never read another way than the browser reads it.
 * @example srcsetCandidates('a.jpg 1x, b.jpg') // [['a.jpg', ' 1x'], ['b.jpg', '']]
 */
export function srcsetCandidates(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let at = 0;
  for (;;) {
    while (isSpace(srcset[at]) || srcset[at] === ',') at++;
    if (at >= srcset.length) return candidates;
    const start = at;
    while (at < srcset.length && !isSpace(srcset[at])) at++;
    let end = at;
    while (srcset[end - 1] === ',') end--;
    // Trailing commas end the candidate; else its descriptors run to the next comma.
    const next = end < at ? at : srcset.indexOf(',', at);
    const stop = next < 0 ? srcset.length : next;
    candidates.push([srcset.slice(start, end), srcset.slice(at, stop)]);
    at = stop;
  }
}

/** Widths (`640w`), densities (`2x`, `1.5x`) and heights (`480h`), and the spaces between. */
export const isDescriptors = (descriptors: string): boolean =>
  /^[\d.\t\n\f\r whx]*$/.test(descriptors);
