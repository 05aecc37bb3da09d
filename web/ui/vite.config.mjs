// The staff and public UI: Vue 3 + Element Plus, built into dist/ui and served by the express app on its port.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [vue()],
  // form-js-editor pins its own preact: two copies of preact break hooks across the editor and its properties
  // panel, so every import of preact resolves to the one copy at the top of node_modules.
  resolve: { dedupe: ['preact', '@bpmn-io/properties-panel'] },
  build: {
    outDir: fileURLToPath(new URL('../../dist/ui', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      output: {
        // Big libraries in chunks of their own, loaded by the routes that need them (the designer's on its route).
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (id.includes('echarts') || id.includes('zrender')) return 'charts';
          if (id.includes('element-plus') || id.includes('@element-plus')) return 'element';
          return undefined;
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/open311': 'http://127.0.0.1:3000' } },
});
