// English titles of office that name the person next to them ("vice mayor Li X",
// "Wang X, director of …"), lower case: the person recogniser and the leadership
// rule build their patterns from these.

/** What may come before a title: vice mayor, acting governor. */
export const EN_TITLE_RANKS = '(?:(?:vice|deputy|executive vice|acting) )?';

/** Heads of a body, a company or a place. */
export const EN_HEAD_TITLES = 'director|mayor|governor|party secretary|secretary|chairman|chairwoman|president|head|general manager';

/** A pattern of these lower-case words that also takes each word capitalised (Party secretary, Party Secretary). */
export function eitherCase(alternation: string): string {
  return alternation.replace(/(?<![a-z\]])[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
}
