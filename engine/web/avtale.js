// Avtaleutkast: edits an agreement document in the browser and shows what `ansvar check`
// says about it after every edit, on the clause and field each finding concerns. The
// script keeps the document object it loaded and writes only the fields the form shows,
// so whatever else the file holds is downloaded unchanged. The draft is kept in
// localStorage; nothing is stored on the server.
'use strict';

(() => {
  const { el, fill, post, download, store, readFile, announce } = window.ansvar;
  const T = window.ansvar.texts();
  const KEY = 'ansvar.avtale.utkast';
  const LEVELS = ['hf', 'kommune'];
  const OWNERS = ['hf', 'kommune', 'delt'];
  const MEASURE = ['employer', 'organisation', 'funding'];
  const SEVERITIES = ['error', 'warning', 'info'];

  const $ = (id) => document.getElementById(id);
  const form = $('agreement-form');
  if (!form) return;
  const head = $('agreement-header');
  const tbody = document.querySelector('#clauses tbody');
  const summary = $('findings-summary');
  const DATA = (() => {
    try {
      return JSON.parse($('avtale-data').textContent);
    } catch {
      return { regions: [] };
    }
  })();

  /** The document being edited; `raw` holds a file that is not JSON, shown but not edited. */
  let doc = null;
  let raw = null;
  let controller = null;
  let checks = 0;

  const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const str = (v) => (v === undefined || v === null ? '' : String(v));
  const split = (s) => s.split(/[,;\n]+/).map((x) => x.trim()).filter(Boolean);
  const serialize = () => (doc ? JSON.stringify(doc, null, 2) + '\n' : raw ?? '');
  const fileName = (s, fallback) =>
    (typeof s === 'string' && s.trim() ? s.trim() : fallback).replace(/[^\p{L}\p{N}._-]+/gu, '-');

  function keys(pointer) {
    return pointer
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  }

  function getAt(obj, ks) {
    return ks.reduce((o, k) => (o !== null && typeof o === 'object' ? o[k] : undefined), obj);
  }

  /** Sets (or, for `undefined`, removes) the value at `ks`, making objects on the way. */
  function setAt(obj, ks, value) {
    let o = obj;
    for (const k of ks.slice(0, -1)) {
      if (!isObj(o[k])) o[k] = {};
      o = o[k];
    }
    const last = ks[ks.length - 1];
    if (value === undefined) delete o[last];
    else o[last] = value;
  }

  function regionTasks() {
    const r = DATA.regions.find((x) => x.id === (doc && doc.region));
    return r ? r.tasks : [];
  }

  /** `<option>`s for `pairs` ([value, label]), with the current value kept if it is not one. */
  function options(pairs, current) {
    const cur = current === undefined || current === null ? '' : String(current);
    const out = pairs.map(([v, label]) => el('option', { value: v, selected: v === cur }, label));
    if (!pairs.some(([v]) => v === cur)) {
      out.unshift(
        el('option', { value: cur, selected: true }, cur === '' ? T.unset : fill(T['unknown-value'], { value: cur })),
      );
    }
    return out;
  }

  // The document's head.

  function fillHead() {
    for (const c of head.querySelectorAll('[data-pointer]')) {
      const v = getAt(doc, keys(c.dataset.pointer));
      switch (c.dataset.kind) {
        case 'ints':
        case 'list':
          c.value = Array.isArray(v) ? v.join(', ') : str(v);
          break;
        case 'lines':
          c.value = Array.isArray(v) ? v.join('\n') : str(v);
          break;
        case 'bool':
          c.value = v === true ? 'true' : v === false ? 'false' : '';
          break;
        case 'select': {
          for (const o of c.querySelectorAll('option[data-extra]')) o.remove();
          const cur = str(v);
          if (![...c.options].some((o) => o.value === cur)) {
            const label = cur === '' ? T.unset : fill(T['unknown-value'], { value: cur });
            c.prepend(el('option', { value: cur, 'data-extra': true }, label));
          }
          c.value = cur;
          break;
        }
        default:
          c.value = str(v);
      }
    }
  }

  function readHead(c) {
    const v = c.value;
    let value;
    switch (c.dataset.kind) {
      case 'text':
        value = v;
        break;
      case 'ints':
        value = split(v).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        break;
      case 'list':
        value = split(v);
        // The lists of agreements may be left out; the parties may not.
        if (!value.length && !c.dataset.pointer.startsWith('/parties/')) value = undefined;
        break;
      case 'lines':
        value = v
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case 'bool':
        value = v === '' ? undefined : v === 'true';
        break;
      default:
        value = v.trim() === '' ? undefined : v;
    }
    setAt(doc, keys(c.dataset.pointer), value);
  }

  // The clauses.

  const shared = (c) => c.owner === 'delt' || (Array.isArray(c.contributors) && c.contributors.length > 0);

  function labelled(id, label, control, cls = 'cell-field') {
    return el('div', { class: cls }, el('label', { for: id }, label), control);
  }

  function rowFor(clause, i) {
    const c = isObj(clause) ? clause : {};
    const row = fill(T.row, { n: i + 1 });
    const id = (name) => `c${i}-${name}`;
    const named = (label) => `${label}, ${row}`;
    const text = (name, label, attrs = {}) =>
      el('input', { type: 'text', id: id(name), name, value: str(c[name]), 'aria-label': named(label), ...attrs });

    const tasks = regionTasks().map((t) => [t.id, `${t.name} (${t.id})`]);
    const task = el('select', { id: id('task'), name: 'task', 'aria-label': named(T['label-task']) }, options(tasks, c.task));
    const owner = el(
      'select',
      { id: id('owner'), name: 'owner', 'aria-label': named(T['label-owner']) },
      options(OWNERS.map((o) => [o, T[`owner-${o}`]]), c.owner),
    );
    const lead = el(
      'select',
      { id: id('lead'), name: 'lead', 'aria-label': named(T['label-lead']) },
      options([['', T['lead-none']], ...LEVELS.map((l) => [l, T[`owner-${l}`]])], c.lead),
    );
    const contributors = LEVELS.map((l) =>
      el(
        'div',
        { class: 'check' },
        el('input', {
          type: 'checkbox',
          id: id(`contributors-${l}`),
          name: 'contributors',
          value: l,
          checked: Array.isArray(c.contributors) && c.contributors.includes(l),
          'aria-label': named(T[`contributes-${l}`]),
        }),
        el('label', { for: id(`contributors-${l}`) }, T[`contributes-${l}`]),
      ),
    );
    const m = isObj(c.shared_measure) ? c.shared_measure : {};
    const measure = MEASURE.map((k) =>
      labelled(
        id(k),
        T[`label-${k}`],
        el('input', { type: 'text', id: id(k), name: k, value: str(m[k]), 'aria-label': named(T[`label-${k}`]) }),
      ),
    );
    const remove = el(
      'button',
      { type: 'button', class: 'danger remove', 'aria-label': named(T.remove), onclick: () => removeClause(i) },
      T.remove,
    );

    const tr = el(
      'tr',
      { dataset: { clause: String(i) } },
      el('td', { class: 'number' }, labelled(id('number'), T['label-number'], text('number', T['label-number'], { size: 5 })), remove),
      el('td', { class: 'task' }, labelled(id('task'), T['label-task'], task)),
      el(
        'td',
        { class: 'allocation' },
        labelled(id('owner'), T['label-owner'], owner),
        labelled(id('lead'), T['label-lead'], lead, 'cell-field lead-field'),
        el('div', { class: 'contributors' }, contributors),
      ),
      el(
        'td',
        { class: 'reference' },
        labelled(id('ta_reference'), T['label-reference'], text('ta_reference', T['label-reference'])),
        labelled(
          id('text'),
          T['label-text'],
          el('textarea', { id: id('text'), name: 'text', rows: 3, 'aria-label': named(T['label-text']) }, str(c.text)),
        ),
      ),
      el('td', { class: 'measure' }, el('div', { class: 'measure-fields' }, measure)),
      el('td', { class: 'row-findings-cell' }, el('ul', { class: 'findings row-findings', hidden: true })),
    );
    showFor(tr, c);
    return tr;
  }

  /** The lead only for a shared task (or one that names a lead), the joint measure only for a shared one. */
  function showFor(tr, c) {
    tr.querySelector('.lead-field').hidden = !(c.owner === 'delt' || c.lead !== undefined);
    tr.querySelector('.measure-fields').hidden = !shared(c);
  }

  function buildRows() {
    const clauses = Array.isArray(doc.clauses) ? doc.clauses : [];
    tbody.replaceChildren(...clauses.map(rowFor));
  }

  function editClause(i, t, tr) {
    if (!Array.isArray(doc.clauses)) return false;
    let c = doc.clauses[i];
    if (!isObj(c)) {
      c = {};
      doc.clauses[i] = c;
    }
    const v = t.value;
    switch (t.name) {
      case 'number':
      case 'ta_reference':
      case 'text':
        if (v === '') delete c[t.name];
        else c[t.name] = v;
        break;
      case 'task':
        c.task = v;
        break;
      case 'owner': {
        const before = c.owner;
        if (v === '') delete c.owner;
        else c.owner = v;
        // A task becoming shared is led by the level that owned it; one no longer
        // shared has no lead.
        if (c.owner === 'delt' && c.lead === undefined && LEVELS.includes(before)) c.lead = before;
        if (c.owner !== 'delt' && before === 'delt') delete c.lead;
        tr.querySelector('[name=lead]').value = str(c.lead);
        break;
      }
      case 'lead':
        if (v === '') delete c.lead;
        else c.lead = v;
        break;
      case 'contributors': {
        const list = [...tr.querySelectorAll('[name=contributors]')].filter((b) => b.checked).map((b) => b.value);
        if (list.length) c.contributors = list;
        else delete c.contributors;
        break;
      }
      case 'employer':
      case 'organisation':
      case 'funding': {
        const m = isObj(c.shared_measure) ? c.shared_measure : {};
        if (v === '') delete m[t.name];
        else m[t.name] = v;
        if (Object.keys(m).length) c.shared_measure = m;
        else delete c.shared_measure;
        break;
      }
      default:
        return false;
    }
    showFor(tr, c);
    return true;
  }

  function addClause() {
    if (!doc) return;
    if (!Array.isArray(doc.clauses)) doc.clauses = [];
    const used = new Set(doc.clauses.map((c) => (isObj(c) ? c.task : undefined)));
    const tasks = regionTasks();
    const free = tasks.find((t) => !used.has(t.id)) || tasks[0];
    doc.clauses.push({ number: String(doc.clauses.length + 1), task: free ? free.id : '', owner: 'hf' });
    const i = doc.clauses.length - 1;
    buildRows();
    edited();
    announce(fill(T.added, { n: i + 1 }));
    $(`c${i}-task`).focus();
  }

  function removeClause(i) {
    if (!doc || !Array.isArray(doc.clauses)) return;
    doc.clauses.splice(i, 1);
    buildRows();
    edited();
    announce(fill(T.removed, { n: i + 1 }));
    const next = tbody.querySelector(`tr[data-clause="${Math.min(i, doc.clauses.length - 1)}"] .remove`);
    (next || $('add-clause')).focus();
  }

  // Findings.

  function clauseOf(pointer) {
    const m = /^\/clauses\/(\d+)(?:\/|$)/.exec(pointer || '');
    return m ? Number(m[1]) : null;
  }

  /**
   * The control a finding names: the field of its row (a clause as a whole: its task, or
   * for an unsettled joint measure the measure's first field), else the head field
   * holding the value.
   */
  function controlFor(f) {
    const p = f.pointer || '';
    const m = /^\/clauses\/(\d+)(?:\/([^/]+))?(?:\/([^/]+))?/.exec(p);
    if (m) {
      const tr = tbody.querySelector(`tr[data-clause="${m[1]}"]`);
      if (!tr) return null;
      const [, , field, sub] = m;
      let name = f.code === 'shared-measure-unsettled' ? 'employer' : 'task';
      if (['number', 'task', 'owner', 'lead', 'ta_reference', 'text'].includes(field)) name = field;
      else if (field === 'contributors') name = 'contributors';
      else if (field === 'shared_measure') name = MEASURE.includes(sub) ? sub : 'employer';
      return tr.querySelector(`[name="${name}"]`);
    }
    let best = null;
    for (const c of head.querySelectorAll('[data-pointer]')) {
      const q = c.dataset.pointer;
      if ((p === q || p.startsWith(q + '/')) && (!best || q.length > best.dataset.pointer.length)) best = c;
    }
    return best;
  }

  function focusControl(c) {
    c.scrollIntoView({ block: 'center' });
    c.focus();
  }

  function item(f, id, control) {
    const sev = SEVERITIES.includes(f.severity) ? f.severity : 'info';
    const basis = f.origin && Array.isArray(f.origin.basis) ? f.origin.basis : [];
    const loc = f.location || {};
    return el(
      'li',
      { class: `finding ${sev}`, id, dataset: { code: str(f.code), pointer: str(f.pointer) } },
      el('span', { class: 'severity' }, T[`severity-${sev}`]),
      el('span', { class: 'message' }, str(f.message)),
      ' ',
      el('code', { class: 'code' }, str(f.code)),
      f.help ? el('span', { class: 'help' }, f.help) : null,
      basis.length ? el('span', { class: 'basis' }, `${T.basis}: ${basis.join('; ')}`) : null,
      el(
        'span',
        { class: 'where' },
        fill(T.where, { line: loc.line ?? 1, column: loc.column ?? 1 }),
        f.pointer ? [' · ', el('code', {}, f.pointer)] : null,
      ),
      control
        ? el('button', { type: 'button', class: 'secondary go-to', onclick: () => focusControl(control) }, T['go-to'])
        : null,
    );
  }

  function clearMarks() {
    for (const c of form.querySelectorAll('[aria-invalid]')) {
      c.removeAttribute('aria-invalid');
      if (c.dataset.hint) c.setAttribute('aria-describedby', c.dataset.hint);
      else c.removeAttribute('aria-describedby');
    }
    for (const ul of tbody.querySelectorAll('ul.row-findings')) {
      ul.replaceChildren();
      ul.hidden = true;
    }
  }

  function render(findings, problem) {
    clearMarks();
    const list = el('ul', { class: 'findings', id: 'findings-list' });
    findings.forEach((f, k) => {
      const control = doc ? controlFor(f) : null;
      const row = doc ? clauseOf(f.pointer) : null;
      const rowList = row === null ? null : tbody.querySelector(`tr[data-clause="${row}"] ul.row-findings`);
      if (rowList) {
        rowList.append(item(f, `rf-${k}`, null));
        rowList.hidden = false;
      }
      list.append(item(f, `pf-${k}`, control));
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        const by = control.getAttribute('aria-describedby');
        const mine = rowList ? `rf-${k}` : `pf-${k}`;
        control.setAttribute('aria-describedby', by ? `${by} ${mine}` : mine);
      }
    });
    $('findings-list').replaceWith(list);
    const count = (s) => findings.filter((f) => f.severity === s).length;
    let text = findings.length
      ? fill(T.counts, { errors: count('error'), warnings: count('warning'), infos: count('info') })
      : T['no-findings'];
    if (problem) text = `${fill(T.failed, { reason: problem })} ${findings.length ? text : ''}`.trim();
    summary.textContent = text;
    checks += 1;
    document.body.dataset.checks = String(checks);
    document.body.dataset.findings = String(findings.length);
  }

  function errorText(body, status) {
    const e = body && body.error;
    if (e && e.message) return e.help ? `${e.message} ${e.help}` : e.message;
    return `HTTP ${status}`;
  }

  /** Checks the document as it would be downloaded; a newer edit cancels the check before it. */
  async function check() {
    if (controller) controller.abort();
    const mine = new AbortController();
    controller = mine;
    try {
      const res = await post('/api/v1/agreements/check', serialize(), 'application/json', mine.signal);
      const body = await res.json().catch(() => ({}));
      if (controller !== mine) return;
      const file = body && Array.isArray(body.files) ? body.files[0] : null;
      if (file && Array.isArray(file.findings)) render(file.findings, null);
      else render((body && body.error && body.error.findings) || [], errorText(body, res.status));
    } catch (e) {
      if ((e && e.name === 'AbortError') || controller !== mine) return;
      render([], String(e));
    }
  }

  // Loading, keeping and discarding.

  function setButtons() {
    $('download-agreement').disabled = !doc;
    $('download-matrix').disabled = !doc;
    $('discard-draft').disabled = !(doc || raw !== null);
  }

  function load(d, message) {
    doc = d;
    raw = null;
    form.hidden = false;
    $('editor-empty').hidden = true;
    if (DATA.regions.some((r) => r.id === d.region)) $('draft-region').value = d.region;
    fillHead();
    buildRows();
    setButtons();
    store.set(KEY, doc);
    if (message) announce(message);
    check();
  }

  /** A file that is not an agreement object: its findings, without the form. */
  function showRaw(text, message) {
    doc = null;
    raw = text;
    form.hidden = true;
    tbody.replaceChildren();
    $('editor-empty').hidden = false;
    setButtons();
    announce(message);
    check();
  }

  function edited() {
    store.set(KEY, doc);
    check();
  }

  function onEdit(ev) {
    const t = ev.target;
    if (!doc || !(t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement)) {
      return;
    }
    const tr = t.closest('tr[data-clause]');
    if (tr) {
      if (!editClause(Number(tr.dataset.clause), t, tr)) return;
    } else if (t.dataset.pointer) {
      readHead(t);
      // Another region has other tasks to choose from.
      if (t.id === 'doc-region') buildRows();
    } else {
      return;
    }
    edited();
  }

  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('submit', (ev) => ev.preventDefault());
  $('add-clause').addEventListener('click', addClause);

  $('new-draft').addEventListener('click', async () => {
    const region = $('draft-region').value;
    if ((doc || raw !== null) && !window.confirm(T['confirm-discard'])) return;
    let res;
    try {
      res = await fetch(`/avtale/ny?region=${encodeURIComponent(region)}`);
    } catch (e) {
      announce(fill(T.failed, { reason: String(e) }));
      return;
    }
    const body = await res.json().catch(() => null);
    if (!res.ok || !isObj(body)) {
      announce(fill(T.failed, { reason: errorText(body, res.status) }));
      return;
    }
    const r = DATA.regions.find((x) => x.id === region);
    load(body, fill(T['loaded-new'], { region: r ? r.name : region }));
  });

  $('open-file').addEventListener('change', async (ev) => {
    const input = ev.target;
    const file = input.files && input.files[0];
    if (!file) return;
    let text;
    try {
      text = await readFile(file);
    } catch (e) {
      announce(fill(T.failed, { reason: String(e) }));
      return;
    }
    input.value = '';
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      showRaw(text, fill(T['not-json'], { name: file.name }));
      return;
    }
    if (!isObj(parsed)) {
      showRaw(text, fill(T['not-agreement'], { name: file.name }));
      return;
    }
    load(parsed, fill(T.opened, { name: file.name }));
  });

  $('discard-draft').addEventListener('click', () => {
    if (!window.confirm(T['confirm-discard'])) return;
    if (controller) controller.abort();
    controller = null;
    store.remove(KEY);
    doc = null;
    raw = null;
    form.hidden = true;
    tbody.replaceChildren();
    $('editor-empty').hidden = false;
    $('findings-list').replaceChildren();
    summary.textContent = T['none-yet'];
    document.body.dataset.findings = '0';
    setButtons();
    announce(T.discarded);
  });

  $('download-agreement').addEventListener('click', () => {
    if (!doc) return;
    const name = `${fileName(doc.id, 'utkast')}.json`;
    download(name, 'application/json', serialize());
    announce(fill(T.downloaded, { name }));
  });

  $('download-matrix').addEventListener('click', async () => {
    if (!doc) return;
    const res = await post('/avtale/matrise', serialize(), 'application/json');
    if (!res.ok) {
      const body = await res.json().catch(() => null);
      announce(fill(T.failed, { reason: errorText(body, res.status) }));
      return;
    }
    const html = await res.text();
    const name = `${fileName(doc.region, 'avtale')}-matrise.html`;
    download(name, 'text/html', html);
    announce(fill(T['matrix-downloaded'], { name }));
  });

  const saved = store.get(KEY);
  if (isObj(saved)) load(saved, T.restored);
})();
