import ts from 'typescript';

/** The JSDoc written above one property of an object literal in a schema file. */
export interface FieldDoc {
  name: string;
  text: string;
  /** The other properties of the same object literal, to tell apart fields that share a name. */
  siblings: ReadonlySet<string>;
}

/**
 * Collects the JSDoc of every property of every object literal in the given TypeScript sources.
 * The schemas' JSDoc (in Chinese) is the one place where a field is explained; the editor's labels
 * and hints are taken from it so that they never drift apart.
 */
export function collectFieldDocs(sources: readonly { fileName: string; text: string }[]): FieldDoc[] {
  const docs: FieldDoc[] = [];
  for (const { fileName, text } of sources) {
    const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const names = node.properties.flatMap((p) =>
          p.name && ts.isIdentifier(p.name) ? [p.name.text] : [],
        );
        const siblings = new Set(names);
        for (const property of node.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
          const comment = ts
            .getJSDocCommentsAndTags(property)
            .filter(ts.isJSDoc)
            .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
            .join(' ')
            .trim();
          if (comment) docs.push({ name: property.name.text, text: comment, siblings });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return docs;
}

/**
 * The JSDoc of field `name` in an object whose fields are `keys`: among the comments written for a
 * property of that name, the one whose object literal shares the most fields with this object
 * (spread-in groups such as the editorial fields share only their own).
 */
export function docFor(docs: readonly FieldDoc[], name: string, keys: readonly string[]): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (const doc of docs) {
    if (doc.name !== name) continue;
    const score = keys.filter((k) => doc.siblings.has(k)).length / doc.siblings.size;
    if (!best || score > best.score) best = { text: doc.text, score };
  }
  return best?.text;
}

/** A short label from a JSDoc sentence: the words before the first colon, comma or full stop. */
export function labelFrom(text: string): string {
  const head = text.split(/[：，。；（(,:]/)[0]?.trim() ?? '';
  return head || text;
}
