import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Small modules that two or more screens share (the kit's parts, the areas' queries and
 * mutations, the API client): one chunk with the first screen's code, not a dozen 1 KB ones. On a
 * phone's slow network each request costs a round trip, so a screen opened later waits for one or
 * two, not ten. A screen (`…Page.tsx`) stays its own chunk, and so does a larger shared part (a
 * form) and the chart's code (plot/, apart from its day arithmetic): it never comes with the first
 * screen (its loader asks for it as soon as it is evaluated, so that stays apart too).
 */
function sharedByScreens(id: string): boolean {
  if (!/\/web\/src\/(ui|api|areas)\/.*\.tsx?$/.test(id) || /Page\.tsx$/.test(id)) return false;
  return !/\/plot\//.test(id) || /\/plot\/time\.ts$/.test(id);
}

// Root is web/, output web/dist (served by `attune serve`). The manifest lets bench/web.ts find
// the JS the first route loads. In development, /api goes to a server on 8080.
export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'shared', test: sharedByScreens, minShareCount: 2, maxModuleSize: 2500 }],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
