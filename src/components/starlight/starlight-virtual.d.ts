/**
 * Types for the two Starlight virtual modules the Search override reads
 * (Starlight generates them at build time and ships no declarations for them).
 */
declare module 'virtual:starlight/pagefind-config' {
  /** The `pagefind` options given to Starlight (empty when none). */
  export const pagefindUserConfig: Record<string, unknown>;
}

declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore' };
  export default project;
}
