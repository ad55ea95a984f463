// Pasientforløp: the builder. The pathway is one JSON object; an edit changes only the
// field its control shows, so whatever else an opened file holds (notes, fields the form
// has no control for) survives into the download. Every edit keeps the pathway in the
// browser and asks the server for its swimlane, aborting the request before it.
'use strict';

(() => {
  const form = document.getElementById('pathway-form');
  if (!form || !window.ansvar) return;
  const { texts, fill, post, download, el, store, readFile, announce } = window.ansvar;
  const T = texts();
  const KEY = 'ansvar.forlop.utkast';
  const $ = (id) => document.getElementById(id);
  const regions = readRegions();
  const collator = new Intl.Collator(document.documentElement.lang === 'en' ? 'en' : 'nb');
  const sorted = new Map();

  const region = $('pathway-region');
  const kommune = $('pathway-kommune');
  const pathwayId = $('pathway-id');
  const title = $('pathway-title');
  const diagnosis = $('pathway-diagnosis');
  const age = $('pathway-age');
  const flags = {
    minor_children: $('pathway-minor-children'),
    long_term_needs: $('pathway-long-term-needs'),
    expecting_child: $('pathway-expecting-child'),
  };
  const tbody = document.querySelector('#steps tbody');
  const swimlane = $('swimlane');

  let doc = null;
  let drawn = 0;
  let inFlight = null;

  function readRegions() {
    const block = document.getElementById('forlop-regions');
    try {
      const list = JSON.parse(block ? block.textContent : '[]');
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }

  function regionOf(id) {
    return regions.find((r) => r.id === id) || null;
  }

  /** The region's tasks by name, in the page's language's order. */
  function tasksOf(r) {
    if (!r) return [];
    if (!sorted.has(r.id)) {
      sorted.set(r.id, [...r.tasks].sort((a, b) => collator.compare(a.name, b.name)));
    }
    return sorted.get(r.id);
  }

  /** A new pathway: the first region, its first kommune, one step. */
  function blank() {
    const r = regions[0] || null;
    const tasks = tasksOf(r);
    return {
      id: 'forlop-1',
      region: r ? r.id : '',
      kommune: r && r.kommuner.length ? r.kommuner[0] : '',
      patient: {},
      steps: [{ id: 'steg-1', task: tasks.length ? tasks[0].id : '', planned_owner: 'hf' }],
    };
  }

  /** Whether `v` has the shape the builder can show: an object with a list of steps. */
  function shaped(v) {
    return (
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      Array.isArray(v.steps) &&
      v.steps.every((s) => s !== null && typeof s === 'object' && !Array.isArray(s))
    );
  }

  function text(v) {
    return typeof v === 'string' ? v : '';
  }

  /** An option for a value the lists do not hold (from an opened file), so it is kept. */
  function keep(select, value, label) {
    if (value && ![...select.options].some((o) => o.value === value)) {
      select.append(el('option', { value }, label));
    }
    select.value = value || '';
  }

  function showDiagnoses() {
    const r = regionOf(doc.region);
    const current = text((doc.patient || {}).diagnosis);
    diagnosis.replaceChildren(
      el('option', { value: '' }, T.diagnosisNone),
      ...(r ? r.diagnosis_groups : []).map((d) => el('option', { value: d }, d)),
    );
    keep(diagnosis, current, fill(T.unknownDiagnosis, { diagnosis: current }));
  }

  function showHeader() {
    keep(region, text(doc.region), text(doc.region));
    kommune.value = text(doc.kommune);
    pathwayId.value = text(doc.id);
    title.value = text(doc.title);
    const p = doc.patient && typeof doc.patient === 'object' ? doc.patient : {};
    showDiagnoses();
    keep(age, text(p.age_group), text(p.age_group));
    for (const [k, box] of Object.entries(flags)) box.checked = p[k] === true;
  }

  function select(name, label, options, value) {
    const s = el(
      'select',
      { name, 'aria-label': label },
      ...options.map(([v, t]) => el('option', { value: v }, t)),
    );
    keep(s, value, value);
    return s;
  }

  function stepRow(step, i) {
    const row = i + 1;
    const label = (field) => fill(T.rowField, { field, row });
    const r = regionOf(doc.region);
    const task = text(step.task);
    const taskSelect = el(
      'select',
      { name: 'task', 'aria-label': label(T.colTask) },
      task ? null : el('option', { value: '' }, '–'),
      ...tasksOf(r).map((t) => el('option', { value: t.id }, t.name)),
    );
    keep(taskSelect, task, fill(T.unknownTask, { task }));
    const handover = step.handover && typeof step.handover === 'object' ? step.handover : null;
    const information = el('input', {
      type: 'checkbox',
      name: 'handover_information',
      'aria-label': label(T.colInformation),
      checked: !!(handover && handover.information === true),
      disabled: !handover,
    });
    const cell = (...c) => el('td', {}, ...c);
    return el(
      'tr',
      { 'data-step': String(i) },
      cell(
        el('input', {
          type: 'text',
          name: 'id',
          value: text(step.id),
          'aria-label': label(T.colId),
          autocomplete: 'off',
        }),
      ),
      cell(taskSelect),
      cell(
        select(
          'planned_owner',
          label(T.colPlanned),
          [
            ['', T.levelNone],
            ['hf', T.levelHf],
            ['kommune', T.levelKommune],
          ],
          text(step.planned_owner),
        ),
      ),
      cell(
        select(
          'phase',
          label(T.colPhase),
          [
            ['', T.phaseNone],
            ['before', T.phaseBefore],
            ['during', T.phaseDuring],
            ['after', T.phaseAfter],
          ],
          text(step.phase),
        ),
      ),
      cell(
        el('input', {
          type: 'date',
          name: 'date',
          value: text(step.date),
          'aria-label': label(T.colDate),
        }),
      ),
      cell(
        el('input', {
          type: 'text',
          name: 'provider',
          value: text(step.provider),
          'aria-label': label(T.colProvider),
        }),
      ),
      cell(
        select(
          'handover_to',
          label(T.colHandoverTo),
          [
            ['', T.handoverNone],
            ['hf', T.handoverHf],
            ['kommune', T.handoverKommune],
          ],
          handover ? text(handover.to) : '',
        ),
      ),
      cell(information),
      cell(
        el(
          'button',
          { type: 'button', class: 'secondary remove-step', 'data-remove': String(i) },
          fill(T.remove, { row }),
        ),
      ),
    );
  }

  function showSteps() {
    tbody.replaceChildren(...doc.steps.map((s, i) => stepRow(s, i)));
  }

  function show() {
    if (!doc.patient || typeof doc.patient !== 'object' || Array.isArray(doc.patient)) {
      doc.patient = {};
    }
    showHeader();
    showSteps();
  }

  /** Sets `obj[key]` to `value`, or removes the key for an empty value. */
  function put(obj, key, value) {
    if (value === '' || value === undefined || value === null) delete obj[key];
    else obj[key] = value;
  }

  /** Applies one control's value to the pathway. */
  function apply(target) {
    const tr = target.closest('tr[data-step]');
    if (tr) {
      const step = doc.steps[Number(tr.dataset.step)];
      if (!step) return;
      switch (target.name) {
        case 'id':
        case 'task':
          step[target.name] = target.value;
          break;
        case 'planned_owner':
        case 'phase':
        case 'date':
        case 'provider':
          put(step, target.name, target.value);
          break;
        case 'handover_to': {
          const box = tr.querySelector('[name=handover_information]');
          if (target.value) {
            const h = step.handover && typeof step.handover === 'object' ? step.handover : {};
            step.handover = { ...h, to: target.value, information: box.checked };
            box.disabled = false;
          } else {
            delete step.handover;
            box.checked = false;
            box.disabled = true;
          }
          break;
        }
        case 'handover_information':
          if (step.handover && typeof step.handover === 'object') {
            step.handover.information = target.checked;
          }
          break;
        default:
      }
      return;
    }
    const p = doc.patient;
    switch (target.name) {
      case 'id':
      case 'kommune':
        doc[target.name] = target.value;
        break;
      case 'title':
        put(doc, 'title', target.value);
        break;
      case 'region':
        doc.region = target.value;
        showDiagnoses();
        showSteps();
        break;
      case 'diagnosis':
      case 'age_group':
        put(p, target.name, target.value);
        break;
      case 'minor_children':
      case 'long_term_needs':
      case 'expecting_child':
        if (target.checked) p[target.name] = true;
        else delete p[target.name];
        break;
      default:
    }
  }

  function save() {
    store.set(KEY, doc);
  }

  /** Asks the server for the swimlane of the pathway as it is now. */
  async function draw() {
    if (inFlight) inFlight.abort();
    const ctl = new AbortController();
    inFlight = ctl;
    try {
      const res = await post('/forlop/tegn', JSON.stringify(doc), 'application/json', ctl.signal);
      const body = await res.text();
      if (ctl.signal.aborted) return;
      if (!res.ok) {
        let reason = body;
        try {
          reason = JSON.parse(body).error.message || body;
        } catch {
          /* not the API's error body: its text is the reason */
        }
        announce(fill(T.failed, { reason }));
        return;
      }
      // An HTML fragment this server rendered for this place, every text in it escaped.
      swimlane.innerHTML = body;
      announce(T.drawn);
      drawn += 1;
      document.body.dataset.drawn = String(drawn);
    } catch (e) {
      if (e && e.name === 'AbortError') return;
      announce(fill(T.failed, { reason: String(e) }));
    } finally {
      if (inFlight === ctl) inFlight = null;
    }
  }

  function edited(e) {
    const before = JSON.stringify(doc);
    apply(e.target);
    if (JSON.stringify(doc) === before) return;
    save();
    draw();
  }

  form.addEventListener('input', edited);
  form.addEventListener('change', edited);
  form.addEventListener('submit', (e) => e.preventDefault());

  tbody.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-remove]');
    if (!button) return;
    const i = Number(button.dataset.remove);
    doc.steps.splice(i, 1);
    showSteps();
    const next = tbody.querySelector(`tr[data-step="${Math.min(i, doc.steps.length - 1)}"] [name=id]`);
    (next || $('add-step')).focus();
    announce(fill(T.stepRemoved, { row: i + 1 }));
    save();
    draw();
  });

  $('add-step').addEventListener('click', () => {
    const ids = new Set(doc.steps.map((s) => s.id));
    let n = doc.steps.length + 1;
    while (ids.has(`steg-${n}`)) n += 1;
    const last = doc.steps[doc.steps.length - 1];
    const tasks = tasksOf(regionOf(doc.region));
    const step = { id: `steg-${n}`, task: tasks.length ? tasks[0].id : '' };
    if (last && last.planned_owner) step.planned_owner = last.planned_owner;
    if (last && last.phase) step.phase = last.phase;
    doc.steps.push(step);
    showSteps();
    const row = doc.steps.length;
    tbody.querySelector(`tr[data-step="${row - 1}"] [name=id]`).focus();
    announce(fill(T.stepAdded, { row }));
    save();
    draw();
  });

  $('open-pathway').addEventListener('change', async (e) => {
    const input = e.target;
    const file = input.files && input.files[0];
    if (!file) return;
    try {
      const v = JSON.parse(await readFile(file));
      if (!shaped(v)) throw new Error('"steps"');
      doc = v;
      show();
      save();
      announce(fill(T.opened, { name: file.name }));
      draw();
    } catch (err) {
      announce(fill(T.unreadable, { name: file.name, reason: err.message || String(err) }));
    } finally {
      input.value = '';
    }
  });

  $('download-pathway').addEventListener('click', () => {
    const name = `${text(doc.id) || 'forlop'}`.replace(/[/\\:]/g, '-');
    download(`${name}.json`, 'application/json', `${JSON.stringify(doc, null, 2)}\n`);
  });

  $('discard-pathway').addEventListener('click', () => {
    if (!window.confirm(T.discardConfirm)) return;
    store.remove(KEY);
    doc = blank();
    show();
    announce(T.discarded);
    draw();
  });

  const saved = store.get(KEY);
  if (shaped(saved)) {
    doc = saved;
    show();
    announce(T.restored);
  } else {
    doc = blank();
    show();
  }
  draw();
})();
