/**
 * Resolves once `image` can be painted without waiting (`decode()`), or rejects when it cannot
 * load. Where `decode` is missing (old engines, jsdom) the `load` event stands in for it.
 */
export function whenDecoded(image: HTMLImageElement): Promise<void> {
  const loaded = () => image.complete && image.naturalWidth > 0;
  if (typeof image.decode === 'function') {
    // decode() can reject for an image that did load (a decode the browser gave up on, or
    // cancelled by a new request for the same image): loaded is then good enough to show.
    return image.decode().catch((error: unknown) => {
      if (!loaded()) throw error;
    });
  }
  return new Promise((resolve, reject) => {
    if (loaded()) return resolve();
    image.addEventListener('load', () => resolve(), { once: true });
    image.addEventListener('error', () => reject(new Error(`could not load ${image.src}`)), {
      once: true,
    });
  });
}
