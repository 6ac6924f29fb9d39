// The grid worker's workbench on a phone: the installable app (manifest and service worker),
// acts answered in place (htmx), the call button, and drafts kept with no signal and sent, once,
// when the connection returns. Everything here is an addition: without script every form posts
// and the page comes back as before.
(function () {
  'use strict';

  // ---- the installable app ------------------------------------------------------------------
  if (!document.querySelector('link[rel=manifest]')) {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = '/workbench/manifest.webmanifest';
    // the manifest is the signed-in worker's (in her language): ask for it with the session cookie
    link.crossOrigin = 'use-credentials';
    document.head.appendChild(link);
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/workbench/sw.js', { scope: '/workbench' }).catch(() => {});
  }

  // ---- acts in place: a refused act (400, 409) shows its reason in the panel it came from -------
  document.addEventListener('htmx:beforeSwap', event => {
    const status = event.detail.xhr.status;
    if (status === 400 || status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // ---- the call button: reveal (audited, "call about HX-…"), then dial --------------------------
  document.addEventListener('submit', event => {
    const form = event.target;
    if (!form.matches('form[data-call]') || !navigator.onLine) {
      return;
    }
    event.preventDefault();
    fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin',
      headers: { 'X-Requested-With': 'fetch' } })
      .then(response => response.ok ? response.text() : Promise.reject(response.status))
      .then(phone => {
        const shown = document.createElement('p');
        shown.className = 'pg-called';
        const link = document.createElement('a');
        link.href = 'tel:' + phone;
        link.textContent = phone;
        shown.appendChild(link);
        form.replaceChildren(shown);
        window.location.href = 'tel:' + phone;
      })
      .catch(() => form.submit());
  });

  // ---- drafts kept with no signal ---------------------------------------------------------------
  const DB = 'pomegranate-workbench';
  const STORE = 'drafts';

  function database() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open(DB, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'key' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }

  function withStore(mode, work) {
    return database().then(db => new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result.result !== undefined ? result.result : result);
      tx.onerror = () => reject(tx.error);
    }));
  }

  const allDrafts = () => withStore('readonly', store => store.getAll());
  const putDraft = draft => withStore('readwrite', store => store.put(draft));
  const deleteDraft = key => withStore('readwrite', store => store.delete(key));

  function freshKey() {
    return crypto.randomUUID ? crypto.randomUUID()
      : 'k' + Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  /** Keeps what the form holds (text only: a file is not kept), with the key drawn with the form. */
  function keep(form) {
    const keyField = form.querySelector('[data-draft-key]');
    const fields = [];
    new FormData(form).forEach((value, name) => {
      if (typeof value === 'string' && name !== '_csrf') {
        fields.push([name, value]);
      }
    });
    const url = new URL(form.action, location.href);
    url.searchParams.delete('_csrf');
    const draft = { key: keyField.value, url: url.pathname + url.search, multipart: form.enctype === 'multipart/form-data',
      label: form.dataset.draftLabel || url.pathname, fields: fields, savedAt: Date.now() };
    return putDraft(draft).then(() => {
      // the next draft on this page is another one, with a key of its own
      keyField.value = freshKey();
      form.reset();
      form.querySelectorAll('[data-draft-key]').forEach(k => { k.value = keyField.value; });
      const details = form.closest('details');
      if (details) {
        details.open = false;
      }
      return show();
    });
  }

  function csrfToken() {
    const field = document.querySelector('input[name=_csrf]');
    return field ? field.value : null;
  }

  let sending = false;

  /** Sends every draft, one after the other; each leaves the store only once the server took it. */
  function sendAll() {
    if (sending || !navigator.onLine) {
      return Promise.resolve();
    }
    sending = true;
    const work = () => allDrafts()
      .then(drafts => drafts.filter(d => !d.refused).reduce((chain, d) => chain.then(() => send(d)), Promise.resolve()));
    // one tab sends at a time (the key would keep a second sending harmless, but not wasteful)
    const sent = navigator.locks ? navigator.locks.request('pomegranate-drafts', work) : work();
    return sent.catch(() => {}).then(() => { sending = false; return show(); });
  }

  function send(draft) {
    const token = csrfToken();
    const body = draft.multipart ? new FormData() : new URLSearchParams();
    draft.fields.forEach(([name, value]) => body.append(name, value));
    const url = new URL(draft.url, location.href);
    if (token) {
      body.append('_csrf', token);
      if (draft.multipart) {
        url.searchParams.set('_csrf', token);
      }
    }
    return fetch(url, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow' })
      .then(response => {
        const landed = new URL(response.url).pathname;
        if (landed === '/login') {
          // signed out meanwhile: kept until she signs in again
          return undefined;
        }
        if (response.ok && response.redirected) {
          // taken (or taken before: the key makes a second arrival write nothing), then the page shown
          return deleteDraft(draft.key);
        }
        if (response.ok || response.status === 400 || response.status === 404 || response.status === 409) {
          // the form came back with a reason, or the request moved on: kept, marked, for her to see
          draft.refused = true;
          return putDraft(draft);
        }
        return undefined;
      }, () => undefined);
  }

  function show() {
    const panel = document.getElementById('pg-drafts');
    if (!panel) {
      return Promise.resolve();
    }
    return allDrafts().then(drafts => {
      const offline = !navigator.onLine;
      document.getElementById('pg-offline').hidden = !offline;
      const title = document.getElementById('pg-drafts-title');
      const list = document.getElementById('pg-drafts-list');
      title.hidden = drafts.length === 0;
      title.textContent = panel.dataset.waiting.replace('{0}', drafts.length);
      list.replaceChildren(...drafts.map(d => {
        const item = document.createElement('li');
        const label = document.createElement('span');
        label.textContent = d.label + (d.refused ? ' · ' + panel.dataset.refused : '');
        item.appendChild(label);
        if (d.refused) {
          const drop = document.createElement('button');
          drop.type = 'button';
          drop.className = 'btn btn-sm btn-outline-secondary';
          drop.textContent = '×';
          drop.setAttribute('aria-label', panel.dataset.refused);
          drop.addEventListener('click', () => deleteDraft(d.key).then(show));
          item.appendChild(drop);
        }
        return item;
      }));
      panel.hidden = !offline && drafts.length === 0;
    }).catch(() => {});
  }

  // a form posted with no signal is kept instead (before htmx or the browser tries to send it)
  document.addEventListener('submit', event => {
    const form = event.target;
    if (!form.matches('form[data-offline-draft]') || navigator.onLine || !('indexedDB' in window)) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    keep(form);
  }, true);

  // online in name but the post did not get through: keep it too
  document.addEventListener('htmx:sendError', event => {
    // only the draft form's own post: a fetch of a form's parts (a category's questions) is not a draft
    const form = event.detail.elt;
    if (form.matches && form.matches('form[data-offline-draft]')) {
      keep(form);
    }
  });

  window.addEventListener('online', () => { show(); sendAll(); });
  window.addEventListener('offline', show);
  if ('indexedDB' in window) {
    show().then(sendAll);
  }
}());
