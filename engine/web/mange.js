// Mange forløp: the file goes to POST /api/v1/pathways/check in pieces of whole lines,
// one request at a time, and the JSON Lines records that come back are summed as they
// arrive. Pieces rather than one upload: a browser reads no answer before its upload is
// sent, and the server answers while it reads, so one large upload would stall.
'use strict';

(() => {
  const { el, fill, announce, download, texts } = window.ansvar;
  const form = document.getElementById('batch-form');
  const input = document.getElementById('batch-file');
  const progress = document.getElementById('batch-progress');
  const count = document.getElementById('batch-count');
  const box = document.getElementById('batch-summary');
  const reportButton = document.getElementById('download-report');
  const summaryButton = document.getElementById('download-summary');
  const formatSelect = document.getElementById('summary-format');
  if (!form || !input || !progress || !box) return;

  const T = texts();
  const words = readBlock('mange-words');
  const limit = document.getElementById('batch-limit');
  if (limit && T['limit-script']) limit.textContent = T['limit-script'];

  const VERDICTS = ['ok', 'contributor', 'wrong-level', 'unknown-task', 'no-owner', 'not-covered', 'not-checked'];
  const SEVERITIES = ['error', 'warning', 'info'];
  // About a quarter of a megabyte of lines per request: its answer fits in what the
  // connection buffers while the browser still sends.
  const PIECE = 256 * 1024;
  const NEWLINE = 10;

  let run = 0;
  let controller = null;
  let last = null; // { name, records: [string], summary }

  function readBlock(id) {
    const b = document.getElementById(id);
    if (!b) return {};
    try {
      return JSON.parse(b.textContent);
    } catch {
      return {};
    }
  }

  function aborted() {
    return new DOMException('aborted', 'AbortError');
  }

  /** The lines the server answers: those with anything but white space. */
  async function countLines(file, signal) {
    const reader = file.stream().getReader();
    let lines = 0;
    let content = false;
    for (;;) {
      if (signal.aborted) {
        reader.cancel();
        throw aborted();
      }
      const { done, value } = await reader.read();
      if (done) break;
      for (let i = 0; i < value.length; i++) {
        const b = value[i];
        if (b === NEWLINE) {
          if (content) lines++;
          content = false;
        } else if (b !== 32 && b !== 9 && b !== 13 && b !== 12) {
          content = true;
        }
      }
    }
    if (content) lines++;
    return lines;
  }

  /** The file in pieces of whole lines: [bytes, physical lines before the piece]. */
  async function* pieces(file, signal) {
    const reader = file.stream().getReader();
    let parts = [];
    let size = 0;
    let before = 0; // lines before the current piece
    let inPiece = 0; // newlines in the current piece
    const take = () => {
      const blob = new Blob(parts);
      const at = before;
      before += inPiece;
      parts = [];
      size = 0;
      inPiece = 0;
      return [blob, at];
    };
    for (;;) {
      if (signal.aborted) {
        reader.cancel();
        throw aborted();
      }
      const { done, value } = await reader.read();
      if (done) break;
      let from = 0;
      while (from < value.length) {
        const cut = value.indexOf(NEWLINE, from);
        const end = cut === -1 ? value.length : cut + 1;
        parts.push(value.subarray(from, end));
        size += end - from;
        from = end;
        if (cut !== -1) {
          inPiece++;
          if (size >= PIECE) yield take();
        }
      }
    }
    if (size > 0) yield take();
  }

  function newSummary() {
    return {
      pathways: 0,
      steps: 0,
      with_errors: 0,
      severities: { error: 0, warning: 0, info: 0 },
      verdicts: Object.fromEntries(VERDICTS.map((v) => [v, 0])),
      codes: {},
      regions: {},
    };
  }

  /** Adds one record, as the server's summary does (engine/src/web/mange.rs). */
  function add(sum, r) {
    sum.pathways++;
    const failed = r.status === 'error';
    if (failed) sum.with_errors++;
    const steps = Array.isArray(r.steps) ? r.steps : [];
    sum.steps += steps.length;
    for (const s of steps) {
      const v = VERDICTS.includes(s.verdict) ? s.verdict : 'not-checked';
      sum.verdicts[v]++;
    }
    const findings = Array.isArray(r.findings) ? r.findings : [];
    for (const f of findings) {
      const sev = SEVERITIES.includes(f.severity) ? f.severity : 'info';
      sum.severities[sev]++;
      const c = (sum.codes[f.code] ||= { count: 0, severity: sev });
      c.count++;
      if (SEVERITIES.indexOf(sev) < SEVERITIES.indexOf(c.severity)) c.severity = sev;
    }
    const region = typeof r.region === 'string' ? r.region : '';
    const g = (sum.regions[region] ||= { pathways: 0, with_errors: 0, findings: 0 });
    g.pathways++;
    if (failed) g.with_errors++;
    g.findings += findings.length;
  }

  function codesByCount(sum) {
    return Object.entries(sum.codes).sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  }

  function word(kind, id) {
    return (words[kind] && words[kind][id]) || id;
  }

  function table(cls, caption, heads, rows) {
    return el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { class: cls },
        el('caption', {}, caption),
        el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows),
      ),
    );
  }

  function render(name, sum) {
    const verdictRows = VERDICTS.map((v) =>
      el('tr', { dataset: { verdict: v } }, el('th', { scope: 'row' }, word('verdicts', v)), el('td', {}, sum.verdicts[v])),
    );
    const codes = codesByCount(sum);
    const codeRows = codes.length
      ? codes.map(([code, c]) =>
          el(
            'tr',
            { dataset: { code } },
            el('th', { scope: 'row' }, el('code', {}, code)),
            el('td', {}, word('codes', code) === code ? '' : word('codes', code)),
            el('td', {}, el('span', { class: `severity ${c.severity}` }, word('severities', c.severity))),
            el('td', {}, c.count),
          ),
        )
      : [el('tr', {}, el('td', { colspan: 4 }, T['no-findings']))];
    const regionRows = Object.keys(sum.regions)
      .sort()
      .map((region) => {
        const g = sum.regions[region];
        return el(
          'tr',
          { dataset: { region } },
          el('th', { scope: 'row' }, region || T['no-region']),
          el('td', {}, g.pathways),
          el('td', {}, g.with_errors),
          el('td', {}, g.findings),
        );
      });
    const count = (label, key, value) => [el('dt', {}, label), el('dd', { dataset: { count: key } }, value)];
    box.replaceChildren(
      el('h2', {}, T['summary-title']),
      name ? el('p', {}, fill(T['summary-file'], { file: name })) : null,
      el(
        'dl',
        { class: 'counts' },
        count(T['count-pathways'], 'pathways', sum.pathways),
        count(T['count-steps'], 'steps', sum.steps),
        count(T['count-with-errors'], 'with-errors', sum.with_errors),
        count(
          T['count-findings'],
          'findings',
          fill(T['findings-by-severity'], {
            errors: sum.severities.error,
            warnings: sum.severities.warning,
            infos: sum.severities.info,
          }),
        ),
      ),
      table('verdicts', T['caption-verdicts'], [T['head-verdict'], T['head-steps']], verdictRows),
      table('codes', T['caption-codes'], [T['head-code'], T['head-meaning'], T['head-severity'], T['head-findings']], codeRows),
      table(
        'regions',
        T['caption-regions'],
        [T['head-region'], T['head-pathways'], T['head-with-errors'], T['head-findings']],
        regionRows,
      ),
    );
    box.dataset.pathways = String(sum.pathways);
  }

  function showProgress(done, total) {
    progress.value = total ? Math.min(1, done / total) : 1;
    progress.textContent = `${Math.round(progress.value * 100)} %`;
    if (count) count.textContent = fill(T.progress, { done, total });
  }

  /** The reason in an error answer (`{"error": {message}}`), else its text. */
  async function reason(res) {
    const text = await res.text();
    try {
      const e = JSON.parse(text).error;
      return e.help ? `${e.message} (${e.help})` : e.message;
    } catch {
      return text || String(res.status);
    }
  }

  /** POSTs one piece; a busy server (503) is asked again after its Retry-After. */
  async function send(blob, signal) {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch('/api/v1/pathways/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-ndjson' },
        body: blob,
        signal,
      });
      if (res.status !== 503 || attempt >= 5) return res;
      await res.text();
      const wait = Number(res.headers.get('Retry-After')) || 1;
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    }
  }

  /** Reads a JSON Lines answer as it comes: each record to `each`. */
  async function readLines(res, each) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += decoder.decode(value, { stream: true });
      const lines = rest.split('\n');
      rest = lines.pop();
      for (const line of lines) if (line.trim()) each(line);
    }
    rest += decoder.decode();
    if (rest.trim()) each(rest);
  }

  /** A `.json` file is one pathway (as the form reads it): sent as one line. */
  async function asLines(file) {
    if (!/\.json$/i.test(file.name)) return file;
    try {
      const one = JSON.stringify(JSON.parse(await file.text()));
      return new File([one + '\n'], file.name, { type: 'application/x-ndjson' });
    } catch {
      return file;
    }
  }

  async function check(chosen) {
    const mine = ++run;
    if (controller) controller.abort();
    controller = new AbortController();
    const { signal } = controller;
    document.body.dataset.batchDone = '0';
    last = null;
    reportButton.disabled = true;
    summaryButton.disabled = true;
    box.replaceChildren();
    delete box.dataset.pathways;
    showProgress(0, 0);
    progress.value = 0;
    announce(T.counting);
    const sum = newSummary();
    const records = [];
    let file = chosen;
    try {
      file = await asLines(chosen);
      const total = await countLines(file, signal);
      if (total === 0) {
        announce(T.empty);
        render(file.name, sum);
        finish(mine, file.name, records, sum);
        return;
      }
      showProgress(0, total);
      announce(fill(T.progress, { done: 0, total }));
      for await (const [blob, before] of pieces(file, signal)) {
        const res = await send(blob, signal);
        if (!res.ok) throw new Error(await reason(res));
        await readLines(res, (line) => {
          let r;
          try {
            r = JSON.parse(line);
          } catch {
            return;
          }
          // Lines and the file as in the uploaded file, not in the piece.
          if (typeof r.line === 'number') r.line += before;
          r.file = file.name;
          records.push(JSON.stringify(r));
          add(sum, r);
        });
        if (mine !== run) return;
        showProgress(sum.pathways, total);
      }
      showProgress(sum.pathways, Math.max(total, sum.pathways));
      render(file.name, sum);
      finish(mine, file.name, records, sum);
      announce(fill(T.finished, { pathways: sum.pathways, with_errors: sum.with_errors }));
    } catch (e) {
      if (mine !== run || (e && e.name === 'AbortError')) return;
      if (sum.pathways) render(file.name, sum);
      announce(fill(T.failed, { reason: e && e.message ? e.message : String(e) }));
      document.body.dataset.batchFailed = '1';
    }
  }

  function finish(mine, name, records, sum) {
    if (mine !== run) return;
    last = { name, records, summary: sum };
    reportButton.disabled = false;
    summaryButton.disabled = false;
    document.body.dataset.batchDone = '1';
  }

  function stem(name) {
    return (name || 'forlop').replace(/\.[^.]*$/, '');
  }

  function summaryJson(s) {
    return {
      file: last.name,
      pathways: s.pathways,
      steps: s.steps,
      with_errors: s.with_errors,
      findings: s.severities,
      verdicts: s.verdicts,
      codes: codesByCount(s).map(([code, c]) => ({
        code,
        meaning: word('codes', code),
        severity: c.severity,
        findings: c.count,
      })),
      regions: Object.keys(s.regions)
        .sort()
        .map((region) => ({ region: region || null, ...s.regions[region] })),
    };
  }

  function csvCell(v) {
    const t = String(v ?? '');
    return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  }

  /** One table: what is counted (kind, key), its meaning, and the counts. */
  function summaryCsv(s) {
    const rows = [['kind', 'key', 'meaning', 'count', 'with_errors', 'findings']];
    rows.push(['total', 'pathways', '', s.pathways, s.with_errors, '']);
    rows.push(['total', 'steps', '', s.steps, '', '']);
    for (const sev of SEVERITIES) rows.push(['severity', sev, word('severities', sev), s.severities[sev], '', '']);
    for (const v of VERDICTS) rows.push(['verdict', v, word('verdicts', v), s.verdicts[v], '', '']);
    for (const [code, c] of codesByCount(s)) rows.push(['code', code, word('codes', code), c.count, '', '']);
    for (const region of Object.keys(s.regions).sort()) {
      const g = s.regions[region];
      rows.push(['region', region, '', g.pathways, g.with_errors, g.findings]);
    }
    return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const file = input.files && input.files[0];
    if (!file) {
      announce(T['no-file']);
      input.focus();
      return;
    }
    check(file);
  });

  input.addEventListener('change', () => {
    const file = input.files && input.files[0];
    if (file) check(file);
  });

  reportButton.addEventListener('click', () => {
    if (!last) return;
    const text = last.records.length ? last.records.join('\n') + '\n' : '';
    download(`${stem(last.name)}-rapport.jsonl`, 'application/x-ndjson', text);
  });

  summaryButton.addEventListener('click', () => {
    if (!last) return;
    if (formatSelect && formatSelect.value === 'csv') {
      download(`${stem(last.name)}-sammendrag.csv`, 'text/csv', summaryCsv(last.summary));
    } else {
      download(
        `${stem(last.name)}-sammendrag.json`,
        'application/json',
        JSON.stringify(summaryJson(last.summary), null, 2) + '\n',
      );
    }
  });
})();
