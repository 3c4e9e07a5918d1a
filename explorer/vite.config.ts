import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into explorer/dist and served by the Node server at `/` (src/http/explorerStatic.ts).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No data: URIs: every font and image is a hashed file the CSP allows as 'self'.
    assetsInlineLimit: 0,
    // Monaco (2.8 MB) is one lazy chunk loaded only by /query; the first view is measured by
    // `npm run bench:explorer`, not by this warning.
    chunkSizeWarningLimit: 3_000,
    // The graph view's benchmark page (explorer/bench/graph.html), built beside the app.
    rollupOptions: {
      input: { main: 'index.html', graphBench: 'bench/graph.html' },
      // GraphiQL's modules start with React Compiler's "use no memo"; bundling drops such
      // directives by design, and the warning (one per module) buried real ones.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
