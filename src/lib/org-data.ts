/**
 * Reads the organisation data file and turns every mistake in it into a
 * message a lead can act on: the file, the entry and the field, the value
 * found and what is expected. Used by `src/content.config.ts` at build time.
 */
import { parseDocument } from 'yaml';
import { OrgSchema, type Org } from './org-schema';

/** A data file that cannot be used; `message` lists every problem, one a line. */
export class OrgDataError extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: string[],
  ) {
    super(
      `${fileName} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; fix ${
        problems.length === 1 ? 'it' : 'them'
      } and build again:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'OrgDataError';
  }
}

type PathKey = PropertyKey;

/**
 * Names a place in the data the way a person reads the file:
 * `meetings › emea-to-us › timeZone` (an array item by its `id`, else by its 1-based number).
 * @example describePath(['regions', 1, 'sme'], data) // "regions › IST › sme"
 */
export function describePath(path: readonly PathKey[], data: unknown): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      const item = Array.isArray(node) ? node[key] : undefined;
      const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
      parts.push(typeof id === 'string' && id ? id : `#${key + 1}`);
    } else {
      parts.push(String(key));
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return parts.length ? parts.join(' › ') : '(top level)';
}

function valueAt(path: readonly PathKey[], data: unknown): unknown {
  let node = data;
  for (const key of path)
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Validates already-parsed data. Returns the typed data or throws
 * {@link OrgDataError} listing every problem.
 */
export function validateOrg(data: unknown, fileName: string): Org {
  const result = OrgSchema.safeParse(data, {
    error: (issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
      if (issue.code === 'invalid_type')
        return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
      if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
      return undefined;
    },
  });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = describePath(issue.path, data);
    const value = valueAt(issue.path, data);
    const found = ['string', 'number', 'boolean'].includes(typeof value) ? ` (found ${show(value)})` : '';
    return `${where}: ${issue.message}${found}`;
  });
  throw new OrgDataError(fileName, problems);
}

/**
 * Parses the YAML text of the data file and validates it.
 * @param text the file's contents
 * @param fileName shown in every message, for example `src/content/org.yaml`
 */
export function parseOrgYaml(text: string, fileName: string): Org {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) {
    throw new OrgDataError(
      fileName,
      doc.errors.map((e) => `YAML syntax, ${e.message.split('\n')[0]}`),
    );
  }
  return validateOrg(doc.toJS(), fileName);
}
