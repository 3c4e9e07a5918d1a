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
    // The graph view's benchmark page (explorer/bench/graph.html), built beside the app.
    rollupOptions: { input: { main: 'index.html', graphBench: 'bench/graph.html' } },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
