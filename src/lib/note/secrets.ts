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
  { id: 'password', label: 'a password (Password=…)', pattern: /\b(?:Password|Pwd)\s*=\s*[^\s;'"*<>[]{3,}/i },
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

/** How each kind's value is hidden: the part kept (the label) and the part replaced. */
const MASKS: readonly RegExp[] = [
  /(AccountKey\s*=\s*)[A-Za-z0-9+/]{8,}=*/gi,
  /(SharedAccessKey\s*=\s*)[A-Za-z0-9+/]{8,}=*/gi,
  /(\b(?:Password|Pwd)\s*=\s*)[^\s;'"*<>[]{3,}/gi,
  /((?:^|[?&\s;])sig=)[A-Za-z0-9%+/=]{10,}/gim,
  /(\bBearer\s+)[A-Za-z0-9\-._~+/]{16,}=*/g,
];

/** A private key, from its first line to its last (or the end of the text). */
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g;

/**
 * The text with every credential-looking value replaced by `[hidden]`, its label kept, for what
 * leaves the screen (the printed feedback sheet).
 * @example maskSecrets('Server=x;Password=hunter2;') // 'Server=x;Password=[hidden];'
 */
export function maskSecrets(text: string): string {
  const masked = MASKS.reduce((out, mask) => out.replace(mask, '$1[hidden]'), text);
  return masked.replace(PRIVATE_KEY, '[private key hidden]');
}
