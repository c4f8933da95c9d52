// The validation page: sends the chosen file to the API, shows the report grouped by severity and by
// part of the contract, each finding linked to its line in a view of the document, then the summary
// in a sandboxed frame. Everything goes to this server only; nothing is kept.
'use strict';

const SEVERITIES = [
  ['ERROR', 'Erreurs', 'erreur'],
  ['WARNING', 'Avertissements', 'avertissement'],
  ['INFO', 'Informations', 'information'],
];

// The parts of a contract, named by the first segment of a finding's JSON pointer.
const PARTS = {
  formatVersion: 'Document', identifiant: 'Identité', intitule: 'Identité', description: 'Identité',
  nature: 'Identité', generation: 'Identité', predecesseur: 'Identité', statut: 'Cycle de vie',
  evenements: 'Cycle de vie', periode: 'Période', territoire: 'Territoire', acteurs: 'Acteurs',
  signataires: 'Signataires', gouvernance: 'Gouvernance', coordination: 'Coordination',
  numerotationFiches: 'Axes et fiches', axes: 'Axes et fiches', avenants: 'Avenants',
  evaluations: 'Évaluations', clauses: 'Clauses', extensions: 'Extensions',
};

let summaryUrl = null;
// The largest request the server accepts, read from /health: a larger file is refused here, before
// it is sent.
let maxBytes = null;

function mebibytes(bytes) {
  return (bytes / 1048576).toLocaleString('fr-FR', { maximumFractionDigits: 1 }) + ' Mio';
}

function el(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, value);
  }
  for (const child of children) {
    node.append(child);
  }
  return node;
}

function segments(pointer) {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

// The part a finding concerns, in words: a fiche, an axis, or a part of the contract.
function partOf(pointer, contract) {
  const s = segments(pointer);
  if (s.length === 0) {
    return 'Document';
  }
  if (s[0] === 'axes' && s.length >= 2 && /^\d+$/.test(s[1])) {
    const axis = contract?.axes?.[Number(s[1])];
    if (s[2] === 'fiches' && s.length >= 4 && /^\d+$/.test(s[3])) {
      const fiche = axis?.fiches?.[Number(s[3])];
      const name = [fiche?.code, fiche?.intitule].filter((t) => typeof t === 'string').join(' — ');
      return 'Fiche ' + (name || Number(s[3]) + 1);
    }
    const name = [axis?.numero, axis?.intitule].filter((t) => t !== undefined && t !== null).join(' — ');
    return 'Axe ' + (name || Number(s[1]) + 1);
  }
  return PARTS[s[0]] ?? 'Document';
}

function showSource(text, converted) {
  const list = document.getElementById('lignes');
  list.replaceChildren(...text.split(/\r?\n/).map((line, i) => el('li', { id: 'L' + (i + 1) }, line)));
  document.getElementById('source-titre').textContent = converted ? 'Document converti' : 'Document envoyé';
  document.getElementById('source-note').hidden = !converted;
  document.getElementById('source').hidden = false;
}

// The notes of a plan's import: each cell that could not be taken as it was, and what was done.
function showImport(notes) {
  const section = document.getElementById('import');
  if (notes === undefined) {
    section.hidden = true;
    return;
  }
  document.getElementById('import-bilan').textContent = notes.length === 0
    ? 'Toutes les cellules ont été reprises.' : `${notes.length} remarque(s) sur le plan et ses cellules :`;
  document.getElementById('import-notes').replaceChildren(...notes.map((n) => {
    const item = el('li', { class: 'constat note', 'data-cell': n.cell });
    if (n.cell !== '') {
      item.append(el('span', { class: 'cellule' }, n.cell), ' : ');
    }
    item.append(n.message);
    return item;
  }));
  section.hidden = false;
}

function isPlan(file) {
  return /\.xlsx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}

function showReport(report, contract) {
  const verdict = document.getElementById('verdict');
  const counts = `${report.errors} erreur(s), ${report.warnings} avertissement(s), ${report.infos} information(s)`;
  verdict.textContent = (report.valid ? 'Valide' : 'Invalide') + ' : ' + counts + '.';
  verdict.className = report.valid ? 'valide' : 'invalide';
  const blocks = [];
  for (const [severity, title, word] of SEVERITIES) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) {
      continue;
    }
    const section = el('section', { class: 'severite', 'data-severity': severity },
      el('h3', {}, `${title} (${findings.length})`));
    const byPart = new Map();
    for (const f of findings) {
      const part = partOf(f.pointer, contract);
      byPart.set(part, [...(byPart.get(part) ?? []), f]);
    }
    for (const [part, list] of byPart) {
      section.append(el('h4', {}, part),
        el('ul', { class: 'constats' }, ...list.map((f) => finding(f, word))));
    }
    blocks.push(section);
  }
  if (blocks.length === 0) {
    blocks.push(el('p', {}, 'Aucun constat.'));
  }
  document.getElementById('constats').replaceChildren(...blocks);
  document.getElementById('rapport').hidden = false;
}

function finding(f, word) {
  const item = el('li', { class: 'constat ' + f.severity, 'data-rule': f.ruleId, 'data-pointer': f.pointer },
    el('span', { class: 'regle', title: word }, f.ruleId));
  if (f.line !== undefined) {
    const where = 'ligne ' + f.line + (f.column === undefined ? '' : ', colonne ' + f.column);
    item.append(el('a', { href: '#L' + f.line, class: 'ligne' }, where), ' ');
    document.getElementById('L' + f.line)?.classList.add('signalee');
  }
  item.append(el('span', { class: 'pointeur' }, f.pointer === '' ? '(document)' : f.pointer), ' : ', f.message);
  return item;
}

async function post(path, file, date) {
  const body = new FormData();
  body.append('document', file, file.name);
  const metadata = document.getElementById('metadonnees').files;
  if (isPlan(file) && metadata.length > 0) {
    body.append('metadonnees', metadata[0], metadata[0].name);
  }
  const query = new URLSearchParams({ lang: 'fr' });
  if (date) {
    query.set('date', date);
  }
  return fetch(`${path}?${query}`, { method: 'POST', body });
}

async function problem(response) {
  try {
    return (await response.json()).message;
  } catch (e) {
    return `Erreur ${response.status}`;
  }
}

async function submit(file) {
  const state = document.getElementById('etat');
  const date = document.getElementById('date').value;
  if (maxBytes !== null && file.size > maxBytes) {
    state.textContent = `${file.name} (${mebibytes(file.size)}) dépasse la taille maximale de ${mebibytes(maxBytes)} acceptée par ce serveur.`;
    for (const id of ['import', 'rapport', 'resume', 'source']) {
      document.getElementById(id).hidden = true;
    }
    document.body.dataset.etat = 'refuse';
    return;
  }
  state.textContent = `Validation de ${file.name}…`;
  document.body.dataset.etat = 'en-cours';
  const validation = await post('/api/v1/validate', file, date);
  if (!validation.ok) {
    state.textContent = await problem(validation);
    for (const id of ['import', 'rapport', 'resume', 'source']) {
      document.getElementById(id).hidden = true;
    }
    document.body.dataset.etat = 'refuse';
    return;
  }
  const report = await validation.json();
  // A plan comes back as the CLS document it became, which the findings' lines refer to.
  const text = report.document ?? (isPlan(file) ? '' : await file.text());
  let contract = null;
  try {
    contract = JSON.parse(text);
  } catch (e) {
    // The report says where the JSON is broken.
  }
  showSource(text, report.document !== undefined);
  showImport(report.import);
  showReport(report, contract);
  state.textContent = `Résumé de ${file.name}…`;
  const render = await post('/api/v1/render', file, date);
  const frame = document.getElementById('resume-cadre');
  const link = document.getElementById('telecharger');
  const status = document.getElementById('resume-etat');
  if (summaryUrl) {
    URL.revokeObjectURL(summaryUrl);
    summaryUrl = null;
  }
  if (render.ok) {
    const html = await render.text();
    frame.srcdoc = html;
    frame.hidden = false;
    summaryUrl = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    link.href = summaryUrl;
    link.download = file.name.replace(/\.(json|xlsx)$/i, '') + '.html';
    link.hidden = false;
    status.textContent = '';
  } else {
    frame.hidden = true;
    frame.srcdoc = '';
    link.hidden = true;
    status.textContent = await problem(render);
  }
  document.getElementById('resume').hidden = false;
  state.textContent = `${file.name} : validé.`;
  document.body.dataset.etat = 'fini';
}

// Submits a file; a server that cannot be reached is said on the page rather than left pending.
function send(file) {
  submit(file).catch(() => {
    document.getElementById('etat').textContent = `${file.name} : le serveur n'a pas répondu ; réessayez.`;
    document.body.dataset.etat = 'refuse';
  });
}

document.addEventListener('DOMContentLoaded', () => {
  fetch('/health').then((r) => r.json()).then((health) => {
    maxBytes = health.maxRequestBytes;
  }).catch(() => {
    // Without the limit, the server's own refusal says it.
  });
  const form = document.getElementById('formulaire');
  const input = document.getElementById('document');
  const zone = document.getElementById('zone');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.files.length > 0) {
      send(input.files[0]);
    }
  });
  input.addEventListener('change', () => {
    if (input.files.length > 0) {
      send(input.files[0]);
    }
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('survol');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('survol'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('survol');
    if (event.dataTransfer.files.length > 0) {
      input.files = event.dataTransfer.files;
      send(event.dataTransfer.files[0]);
    }
  });
});
