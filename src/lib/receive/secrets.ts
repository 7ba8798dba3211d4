/**
 * Strings that look like credentials: a storage account key, a password in a
 * connection string, a SAS signature, a bearer token, a private key. A note
 * in the case is read by many people; none of these belong in it. Only the
 * kind is reported, never the value, so no output repeats the secret.
 */

/** One kind of credential-looking string. */
export interface SecretKind {
  id: string;
  /** How the finding names it (never the value itself). */
  label: string;
  pattern: RegExp;
}

export const SECRET_KINDS: readonly SecretKind[] = [
  { id: 'account-key', label: 'a storage account key (AccountKey=…)', pattern: /AccountKey\s*=\s*[A-Za-z0-9+/]{8,}/i },
  {
    id: 'shared-access-key',
    label: 'a shared access key (SharedAccessKey=…)',
    pattern: /SharedAccessKey\s*=\s*[A-Za-z0-9+/]{8,}/i,
  },
  // A masked value (`Password=***`, `Password=<hidden>`) is not a password.
  { id: 'password', label: 'a password (Password=…)', pattern: /\b(?:Password|Pwd)\s*=\s*[^\s;'"*<>]{3,}/i },
  { id: 'sas-signature', label: 'a SAS signature (sig=…)', pattern: /(?:^|[?&\s;])sig=[A-Za-z0-9%+/=]{10,}/i },
  { id: 'bearer-token', label: 'a bearer token (Bearer …)', pattern: /\bBearer\s+[A-Za-z0-9\-._~+/]{16,}=*/ },
  {
    id: 'private-key',
    label: 'a private key (-----BEGIN … PRIVATE KEY-----)',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/,
  },
];

/**
 * The kinds of credential-looking strings in `text`, each once, in the order of `SECRET_KINDS`.
 * @example findSecrets('Server=x;Password=hunter2;').map((k) => k.id) // ['password']
 */
export function findSecrets(text: string): SecretKind[] {
  return SECRET_KINDS.filter((kind) => kind.pattern.test(text));
}
