// Checks the validation page of `cls serve` in Debian's Chromium, headless, driven by playwright-core.
//
//   node tools/e2e/page-check.mjs BASE_URL CASES_DIR OUT_DIR [CHROMIUM]
//
// CASES_DIR holds, for each case NAME, the document NAME.json or the plan NAME.xlsx, and what the
// page must show, NAME.attendu.json: {date, findings: [{severity, ruleId, pointer, line?}], summary,
// fiches, bars}, and for a plan its import notes' cells and the CLS document it becomes; a plan's
// metadata file, NAME.metadonnees.json, is chosen in the page's field before the plan is dropped.
// Each document is dropped on the page; the script checks the findings shown and their links to the
// lines of the document, the summary (every fiche title, one timeline bar per dated fiche or
// operation, or no summary for a document that cannot be read), and that no request leaves the
// machine. It saves screenshots of the page and of the summary per case in OUT_DIR and exits 1 on
// any difference.
import { existsSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, casesDir, outDir, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!base || !casesDir || !outDir) {
  console.error('usage : node page-check.mjs BASE_URL CASES_DIR OUT_DIR [CHROMIUM]');
  process.exit(2);
}
const origin = new URL(base).origin;
mkdirSync(outDir, { recursive: true });

const problems = [];
const outside = [];
const check = (condition, message) => {
  if (!condition) {
    problems.push(message);
  }
};

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
// Every request the pages make is seen here: only the server under test may be reached.
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(origin + '/')) {
    route.continue();
  } else {
    outside.push(url);
    route.abort();
  }
});

const key = (f) => `${f.severity} ${f.ruleId} ${f.pointer}${f.line === undefined ? '' : ' L' + f.line}`;
const cases = readdirSync(casesDir).filter((f) => f.endsWith('.attendu.json')).map((f) => f.replace('.attendu.json', '')).sort();
for (const name of cases) {
  const expected = JSON.parse(readFileSync(join(casesDir, name + '.attendu.json'), 'utf8'));
  const plan = existsSync(join(casesDir, name + '.xlsx'));
  const fileName = name + (plan ? '.xlsx' : '.json');
  const bytes = readFileSync(join(casesDir, fileName));
  // The lines the findings refer to: the document's, or for a plan the CLS document it became.
  const lines = (plan ? expected.document : bytes.toString('utf8')).split(/\r?\n/);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${name} : erreur de script dans la page : ${error.message}`));
  await page.goto(base);
  await page.fill('#date', expected.date);
  const metadata = join(casesDir, name + '.metadonnees.json');
  if (existsSync(metadata)) {
    await page.setInputFiles('#metadonnees', metadata);
  }
  // Drop the file on the zone, as a person would.
  const transfer = await page.evaluateHandle(({ fileName, base64, type }) => {
    const data = new DataTransfer();
    const content = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    data.items.add(new File([content], fileName, { type }));
    return data;
  }, {
    fileName,
    base64: bytes.toString('base64'),
    type: plan ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/json',
  });
  await page.dispatchEvent('#zone', 'drop', { dataTransfer: transfer });
  await page.waitForSelector('body[data-etat="fini"], body[data-etat="refuse"]', { timeout: 60_000 });
  if (expected.refused) {
    // A file the page refuses before sending it: said in the status line, nothing else shown.
    const status = await page.textContent('#etat');
    check(status.includes(expected.refused), `${name} : « ${status} » au lieu du refus attendu`);
    check(await page.isHidden('#rapport'), `${name} : un rapport est montré pour un fichier refusé`);
    await page.screenshot({ path: join(outDir, name + '.png') });
    console.log(`${name} : refusé avant l'envoi`);
    await page.close();
    continue;
  }

  // The findings: the library's, each with its rule, pointer and, when it has one, a link to its line.
  const shown = await page.$$eval('#constats .constat', (items) => items.map((item) => {
    const link = item.querySelector('a.ligne');
    return {
      severity: ['ERROR', 'WARNING', 'INFO'].find((s) => item.classList.contains(s)),
      ruleId: item.dataset.rule,
      pointer: item.dataset.pointer,
      line: link ? Number(link.getAttribute('href').replace('#L', '')) : undefined,
      group: item.closest('section.severite')?.dataset.severity,
    };
  }));
  const want = expected.findings.map(key).sort();
  const got = shown.map(key).sort();
  check(JSON.stringify(want) === JSON.stringify(got),
    `${name} : constats attendus ${JSON.stringify(want)}, affichés ${JSON.stringify(got)}`);
  for (const f of shown) {
    check(f.group === f.severity, `${name} : ${key(f)} rangé sous ${f.group}`);
    if (f.line !== undefined) {
      const target = await page.$eval(`#L${f.line}`, (li) => li.textContent).catch(() => null);
      check(target === lines[f.line - 1], `${name} : le lien de ${key(f)} ne mène pas à sa ligne`);
    }
  }
  const firstLink = await page.$('#constats a.ligne');
  if (firstLink) {
    const href = await firstLink.getAttribute('href');
    await firstLink.click();
    check(await page.evaluate(() => location.hash) === href, `${name} : le clic sur ${href} ne mène pas à la ligne`);
    check(await page.$eval(href, (li) => li.matches(':target')), `${name} : la ligne ${href} n'est pas désignée`);
  }
  if (plan) {
    const cells = await page.$$eval('#import-notes li', (items) => items.map((item) => item.dataset.cell));
    check(JSON.stringify(cells) === JSON.stringify(expected.notes),
      `${name} : remarques d'import attendues ${JSON.stringify(expected.notes)}, affichées ${JSON.stringify(cells)}`);
    check(await page.textContent('#source-titre') === 'Document converti', `${name} : le document converti n'est pas montré`);
  } else {
    check(await page.isHidden('#import'), `${name} : une section d'import pour un document JSON`);
  }
  const verdict = await page.textContent('#verdict');
  const valid = !expected.findings.some((f) => f.severity === 'ERROR');
  check(verdict.startsWith(valid ? 'Valide' : 'Invalide'), `${name} : verdict « ${verdict} »`);

  // The summary, in its frame: every fiche title, one bar per dated fiche or operation.
  if (expected.summary) {
    const frame = page.frameLocator('#resume-cadre');
    const body = await frame.locator('body').textContent({ timeout: 30_000 });
    for (const title of expected.fiches) {
      check(body.includes(title), `${name} : la fiche « ${title} » manque au résumé`);
    }
    const bars = await frame.locator('svg.gantt g.gantt-bar').count();
    check(bars === expected.bars, `${name} : ${bars} barre(s) au calendrier, ${expected.bars} attendue(s)`);
    check(await page.isVisible('#telecharger'), `${name} : pas de lien de téléchargement du résumé`);
  } else {
    check(await page.isHidden('#resume-cadre'), `${name} : un résumé est montré pour un document illisible`);
    const status = await page.textContent('#resume-etat');
    check(status.includes('ne peut être lu'), `${name} : « ${status} » au lieu du refus du résumé`);
  }
  // The page as it first shows, then the summary's frame (a full-page capture leaves frames blank).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(outDir, name + '.png') });
  if (expected.summary) {
    await page.locator('#resume-cadre').screenshot({ path: join(outDir, name + '.resume.png') });
  }
  console.log(`${name} : ${shown.length} constat(s), ${expected.summary ? expected.fiches.length + ' fiche(s), ' + expected.bars + ' barre(s)' : 'pas de résumé'}`);
  await page.close();
}
await browser.close();

check(outside.length === 0, `requêtes sorties de la machine : ${outside.join(', ')}`);
console.log(`${cases.length} document(s) vérifié(s) ; ${outside.length} requête(s) vers l'extérieur`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
