// The workbench's shared helpers, used by each page's own script. No dependencies,
// nothing from another origin: the Content-Security-Policy allows only this server.
'use strict';

window.ansvar = (() => {
  /** The page's texts in its language (the JSON block the server wrote). */
  function texts() {
    const block = document.getElementById('texts');
    if (!block) return {};
    try {
      return JSON.parse(block.textContent);
    } catch {
      return {};
    }
  }

  /** Fills `{name}` in a text from `args`. */
  function fill(text, args) {
    return String(text).replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));
  }

  /**
   * POSTs `body` (a string, Blob or object, which goes as JSON) and returns the
   * response; a network failure becomes a response-like object with status 0.
   */
  async function post(url, body, type = 'application/json', signal = undefined) {
    const data = typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body);
    try {
      return await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: data,
        signal,
      });
    } catch (e) {
      if (e && e.name === 'AbortError') throw e;
      return { ok: false, status: 0, json: async () => ({}), text: async () => String(e) };
    }
  }

  /** Offers `text` as a file to save. */
  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** `el('td', {class: 'x'}, 'text', child)`: an element; text is never parsed as HTML. */
  function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v === null || v === undefined) continue;
      if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(e.dataset, v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** Calls `fn` once the calls have paused for `ms`. */
  function debounce(fn, ms) {
    let timer;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  /** The browser's own storage, as JSON; a full or refused store is not an error. */
  const store = {
    get(key) {
      try {
        const v = localStorage.getItem(key);
        return v === null ? null : JSON.parse(v);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        localStorage.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        localStorage.removeItem(key);
      } catch {
        /* nothing kept, nothing to remove */
      }
    },
  };

  /** Reads a chosen file as text. */
  function readFile(file) {
    return new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.onerror = () => reject(r.error);
      r.readAsText(file);
    });
  }

  /** Tells a screen reader (and the eye) what just happened, in the page's status line. */
  function announce(text) {
    const s = document.getElementById('status');
    if (s) s.textContent = text;
  }

  document.documentElement.classList.add('js');
  return { texts, fill, post, download, el, debounce, store, readFile, announce };
})();
