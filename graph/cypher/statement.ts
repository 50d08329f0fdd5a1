// A Cypher text with its parameters: what every query function returns and
// every store runs. Texts stay in the subset Grafeo and Neo4j 5 both accept.
export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

export function statement(text: string, params: Record<string, unknown> = {}): Statement {
  return { text, params };
}
