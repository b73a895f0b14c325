/** One line of a fact list: plain text, or links with optional text after each. */
export interface Fact {
  term: string;
  value: string | { label: string; href?: string | undefined; after?: string | undefined }[];
}
