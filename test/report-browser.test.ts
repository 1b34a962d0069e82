// Opens the HTML report in a real headless Chromium (Debian's package, see chromium.ts): no console
// errors, no page errors, no network request of any kind, every section laid out, key figures
// present as the renderer writes them; full-page screenshots go to artifacts/report-{fa,en}.png.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportFormatter, REPORT_SECTIONS, renderReportHtml } from '../src/cli/html/index.js';
import { buildReport } from '../src/cli/report/buildReport.js';
import type { ClubReport } from '../src/cli/report/types.js';
import { generateSampleStore } from '../src/cli/store/index.js';
import { CHROMIUM_MISSING, launchChromium } from './chromium.js';

/** The report the browser test renders: the real pipeline on a 3,000-customer sample store. */
function reportForBrowserTest(): ClubReport {
  const store = generateSampleStore({ customers: 3000 });
  return buildReport(store, { asOf: store.asOf as number, source: 'sample' });
}

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const TIMEOUT = 60_000;

let browser: Browser | undefined;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'moshtari-report-'));
}, TIMEOUT);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Opened = { readonly page: Page; readonly problems: string[]; readonly requests: string[] };

/** Loads the HTML from a file:// URL with every other request blocked and recorded. */
async function open(b: Browser, html: string, name: string): Promise<Opened> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe.each(['fa', 'en'] as const)('the %s report in headless Chromium', (lang) => {
  it(
    'renders every section with the key figures, no errors and no requests',
    async (ctx) => {
      if (browser === undefined) return ctx.skip(CHROMIUM_MISSING);
      const report = reportForBrowserTest();
      const f = createReportFormatter(lang);
      const { page, problems, requests } = await open(browser, renderReportHtml(report, { lang }), `report-${lang}`);
      try {
        const root = page.locator('html');
        expect([await root.getAttribute('lang'), await root.getAttribute('dir')]).toEqual([
          lang,
          lang === 'fa' ? 'rtl' : 'ltr',
        ]);
        for (const [id] of REPORT_SECTIONS) {
          const section = page.locator(`section#${id}`);
          expect(await section.isVisible(), id).toBe(true);
          const box = await section.boundingBox();
          expect(box?.width ?? 0, id).toBeGreaterThan(300);
          expect(box?.height ?? 0, id).toBeGreaterThan(40);
        }
        for (const svg of await page.locator('svg.chart').all()) {
          const box = await svg.boundingBox();
          expect(box?.width ?? 0).toBeGreaterThan(300);
          expect(box?.height ?? 0).toBeGreaterThan(100);
        }
        const text = await page.locator('body').innerText();
        expect(text).toContain(f.integer(report.overview.customers));
        expect(text).toContain(f.integer(report.overview.buyers));
        expect(text).toContain(f.money(report.overview.revenue));
        expect(text).toContain(f.date(report.meta.asOf));
        if (report.nps !== null) {
          const { score, low, high } = report.nps;
          expect(text).toContain(f.decimal(score, [score, low, high].every(Number.isInteger) ? 0 : 1));
        }
        if (lang === 'fa') {
          expect(text).toContain('مشتریان');
          // outside verbatim input data, no Latin digit is visible
          const shown = await page.evaluate<string>(
            "(() => { const c = document.body.cloneNode(true); c.querySelectorAll('bdi.raw').forEach((e) => e.remove()); return c.textContent; })()",
          );
          expect(shown.match(/.{0,15}[0-9].{0,15}/g) ?? []).toEqual([]);
          // bars mirror: the oldest month is drawn at the right
          const bars = page.locator('#overview svg.chart rect');
          const first = await bars.first().boundingBox();
          const last = await bars.last().boundingBox();
          expect(first?.x ?? 0).toBeGreaterThan(last?.x ?? 0);
        } else {
          expect(text).toContain('Customer base');
          expect(text).not.toMatch(/[\u06F0-\u06F9]/);
        }
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, `report-${lang}.png`), fullPage: true });
        expect(requests).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
    TIMEOUT,
  );
});

describe('a report with hostile input in headless Chromium', () => {
  it(
    'shows markup from the input as text and runs none of it',
    async (ctx) => {
      if (browser === undefined) return ctx.skip(CHROMIUM_MISSING);
      const report = reportForBrowserTest();
      const evil =
        '<script>window.__pwned = 1</script><img src="http://127.0.0.1:9/x.png" onerror="window.__pwned = 2">';
      const cities = [{ key: evil, count: 1, share: 1 }];
      const hostile: ClubReport = {
        ...report,
        overview: { ...report.overview, topCities: cities },
        // a fitted report names the top customers; an unfitted one shows the reason
        clv: report.clv === null ? null : { ...report.clv, top: report.clv.top.map((c) => ({ ...c, name: evil })) },
        clvUnavailable: report.clv === null ? evil : null,
        meta: { ...report.meta, problems: [{ file: evil, line: 1, message: evil }] },
      };
      const { page, problems, requests } = await open(browser, renderReportHtml(hostile, { lang: 'fa' }), 'hostile');
      try {
        expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
        expect(await page.locator('img, script').count()).toBe(0);
        expect(await page.locator('#clv').innerText()).toContain('<script>window.__pwned = 1</script>');
        expect(problems).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await page.close();
      }
    },
    TIMEOUT,
  );
});

describe.each(['fa', 'en'] as const)('the %s report without CLV models in headless Chromium', (lang) => {
  it(
    'lays out the CLV section as a note with the reason',
    async (ctx) => {
      if (browser === undefined) return ctx.skip(CHROMIUM_MISSING);
      const reason = 'fitBgNbd: needs at least one repeat buyer, got 0';
      const report: ClubReport = { ...reportForBrowserTest(), clv: null, clvUnavailable: reason };
      const html = renderReportHtml(report, { lang });
      const { page, problems, requests } = await open(browser, html, `no-clv-${lang}`);
      try {
        const clv = page.locator('section#clv');
        expect(await clv.isVisible()).toBe(true);
        expect((await clv.boundingBox())?.height ?? 0).toBeGreaterThan(40);
        const note = await clv.locator('p.missing').innerText();
        const label =
          lang === 'fa' ? 'مدل‌های ارزش طول عمر برازش نشدند' : 'The lifetime-value models could not be fitted';
        expect(note).toBe(`${label}: ${reason}`);
        expect(await clv.locator('table, svg').count()).toBe(0);
        expect(await page.locator('svg.chart').count()).toBe(2);
        expect(problems).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await page.close();
      }
    },
    TIMEOUT,
  );
});
