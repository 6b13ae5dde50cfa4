/**
 * Properties set on an element before its class was defined sit on the instance and hide the
 * class's setters: each is taken off and set again, through the setter (an element used before
 * its script loads).
 */
export function upgradeProperties<T extends object>(element: T, names: readonly (keyof T)[]): void {
  for (const name of names) {
    if (!Object.hasOwn(element, name)) continue;
    const value = element[name];
    delete element[name];
    element[name] = value;
  }
}
