// Renders the models in bpmn/ to SVG with bpmn-js in headless Chromium (docs/img/*.svg, shown in the README).
// Collapsed sub-processes are drawn on their own plane and rendered as a second picture.
// Needs Debian's chromium and a CJK font: apt-get install -y chromium fonts-wqy-microhei
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const viewer = readFileSync('node_modules/bpmn-js/dist/bpmn-viewer.production.min.js', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('docs/img', { recursive: true });
try {
  const page = await browser.newPage();
  await page.setContent(`<html><head><style>body{margin:0;font-family:"WenQuanYi Micro Hei",sans-serif}</style></head><body><div id="c" style="width:1800px;height:1000px"></div><script>${viewer}</script></body></html>`);
  for (const file of readdirSync('bpmn').filter((f) => f.endsWith('.bpmn'))) {
    const xml = readFileSync(`bpmn/${file}`, 'utf8');
    const svgs = await page.evaluate(async (xml) => {
      const v = new globalThis.BpmnJS({ container: '#c' }); // in the page: globalThis is its window
      await v.importXML(xml);
      const canvas = v.get('canvas');
      const out = [];
      for (const root of canvas.getRootElements()) {
        canvas.setRootElement(root);
        const { svg } = await v.saveSVG();
        out.push({ id: root.id, svg });
      }
      v.destroy();
      return out;
    }, xml);
    for (const { id, svg } of svgs) {
      const name = svgs.length === 1 || !id.endsWith('_plane') ? file.replace('.bpmn', '') : `${file.replace('.bpmn', '')}-${id.replace(/_plane$/, '')}`;
      writeFileSync(`docs/img/${name}.svg`, svg);
      console.log(`docs/img/${name}.svg`);
    }
  }
} finally {
  await browser.close();
}
