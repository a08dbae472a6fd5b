/** Renders public/favicon.svg into the PNG icons the manifest lists (run once after changing the SVG). */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [file, size, pad] of [['icon-192.png', 192, 0], ['icon-512.png', 512, 0], ['maskable-512.png', 512, 0.1]] as const) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable icons keep their content inside the central safe zone, on a full-bleed background.
  const inner = Math.round(size * (1 - 2 * pad));
  await page.setContent(`<body style="margin:0;background:#0b4f8a;display:grid;place-items:center;height:${size}px">
    <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body>`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: pad === 0 });
}
await browser.close();
