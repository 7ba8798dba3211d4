import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { parseOrgYaml } from './lib/org-data';

/**
 * The one data file. `ORG_DATA_FILE` points the build at another copy
 * (tests use it to prove that pages follow the data).
 */
const ORG_FILE = process.env.ORG_DATA_FILE ?? 'src/content/org.yaml';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      // A tool page whose tool writes beside its output (the note generator, the guided page) gets a
      // wider content area (`ContentPanel.astro`); docs pages keep Starlight's reading width.
      extend: z.object({ wideTool: z.boolean().default(false) }),
    }),
  }),
  // Validated once, by `parseOrgYaml` (the schema in src/lib/org-schema.ts, with messages that name
  // the field); no collection schema checks it a second time.
  org: defineCollection({
    loader: {
      name: 'org-data-file',
      // A custom loader rather than `file()`: `file()` logs a YAML error and goes on,
      // and its messages do not name the field. Ours stops the build and names it.
      load: async ({ store, watcher, config }) => {
        const path = new URL(ORG_FILE, config.root);
        const load = async () => {
          const data = parseOrgYaml(await readFile(path, 'utf-8'), ORG_FILE);
          store.clear();
          store.set({ id: 'org', data: { ...data } });
        };
        await load();
        watcher?.add(path.pathname);
        watcher?.on('change', (changed) => {
          if (changed === path.pathname) void load();
        });
      },
    },
  }),
};
