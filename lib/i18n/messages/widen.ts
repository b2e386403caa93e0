/** The shape of a catalog with every text widened to string: what translations must match. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
