/**
 * One area of the UI's messages, both languages side by side: the English must have exactly the keys of the
 * Chinese (vue-tsc fails on a missing or extra key), so a string cannot be added in one language only.
 */
export type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };

export function area<T extends object>(m: { zh: T; en: NoInfer<Leaves<T>> }): { zh: T; en: Leaves<T> } {
  return m;
}
