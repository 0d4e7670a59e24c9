import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = `${import.meta.dirname}/src/web`;

// The staff app and client portal are one React app served under /app/. The public site is
// server-rendered without JavaScript and only takes its stylesheet (styles/site.css) from this build.
export default defineConfig({
  root,
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: `${import.meta.dirname}/dist/web`,
    emptyOutDir: true,
    manifest: true,
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        app: `${root}/index.html`,
        site: `${root}/styles/site.css`,
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
