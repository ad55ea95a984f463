// Endringer: the form works without script; this compares without a reload. The answer
// is this server's own page, and only its result and its error (HTML it rendered for
// them) take the place of the ones shown.
'use strict';

(() => {
  const { announce, texts, fill } = window.ansvar;
  const form = document.getElementById('diff-form');
  if (!form || !window.fetch || !window.DOMParser) return;
  const T = texts();
  let controller = null;
  let compared = 0;

  function replace(current, next) {
    if (next) {
      const node = document.importNode(next, true);
      if (current) current.replaceWith(node);
      else form.before(node);
    } else if (current) {
      current.remove();
    }
  }

  form.addEventListener('submit', async (e) => {
    if (!form.reportValidity()) return;
    e.preventDefault();
    if (controller) controller.abort();
    controller = new AbortController();
    const button = document.getElementById('compare');
    if (button) button.disabled = true;
    announce(T.comparing);
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        signal: controller.signal,
      });
      const page = new DOMParser().parseFromString(await res.text(), 'text/html');
      const main = document.getElementById('main');
      replace(main.querySelector('.problem'), page.querySelector('#main .problem'));
      replace(document.getElementById('diff-result'), page.getElementById('diff-result'));
      compared++;
      document.body.dataset.compared = String(compared);
      const problem = main.querySelector('.problem');
      if (problem) {
        announce(problem.textContent.trim());
      } else {
        announce(T.compared);
        const heading = document.querySelector('#diff-result h2');
        if (heading) {
          heading.tabIndex = -1;
          heading.focus();
        }
      }
    } catch (err) {
      if (err && err.name === 'AbortError') return;
      announce(fill(T.failed, { reason: err && err.message ? err.message : String(err) }));
    } finally {
      if (button) button.disabled = false;
    }
  });
})();
