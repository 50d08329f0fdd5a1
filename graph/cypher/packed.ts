// Rows sent to a write statement as lists instead of maps. A driver converts
// a map's keys for every row: with Grafeo that conversion was about half the
// cost of writing a fact. The statement reads a field as `r[i]`; `at` names
// that expression so query texts keep the field names.

export interface Packed<R> {
  /** The Cypher expression reading each field of the row variable `r`. */
  at: { readonly [K in keyof R]: string };
  /** The rows as lists, fields in the order `at` reads them. */
  pack(rows: readonly R[]): unknown[][];
}

export function packed<R>(fields: ReadonlyArray<keyof R & string>): Packed<R> {
  const at = Object.fromEntries(fields.map((field, i) => [field, `r[${i}]`])) as Packed<R>['at'];
  return { at, pack: (rows) => rows.map((row) => fields.map((field) => row[field])) };
}
