// The resident's forms on a phone: photos made smaller before they travel, a warning when the
// connection is gone (the text is kept), and a draft kept on the phone until the request is sent.
(function () {
  'use strict';

  var LONGEST_SIDE = 1600;
  var QUALITY = 0.8;

  // --- photos: downscaled in the browser (the server keeps its own limits) ---
  // decoded without a blob: URL (the page's content policy allows images from itself and data: only)
  function decode(file) {
    if (window.createImageBitmap) {
      return createImageBitmap(file).then(function (bitmap) {
        return { source: bitmap, width: bitmap.width, height: bitmap.height };
      });
    }
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () {
        var img = new Image();
        img.onload = function () { resolve({ source: img, width: img.naturalWidth, height: img.naturalHeight }); };
        img.onerror = reject;
        img.src = reader.result;
      };
      reader.onerror = reject;
      reader.readAsDataURL(file);
    });
  }

  function downscale(file) {
    if (!/^image\/(jpeg|png|webp)/.test(file.type)) {
      return Promise.resolve(file);
    }
    return decode(file).then(function (image) {
      var scale = Math.min(1, LONGEST_SIDE / Math.max(image.width, image.height));
      if (scale === 1 && file.type === 'image/jpeg') {
        return file;
      }
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(image.width * scale);
      canvas.height = Math.round(image.height * scale);
      canvas.getContext('2d').drawImage(image.source, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          if (!blob) {
            resolve(file);
            return;
          }
          var name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
          resolve(new File([blob], name, { type: 'image/jpeg', lastModified: Date.now() }));
        }, 'image/jpeg', QUALITY);
      });
    }).catch(function () { return file; });
  }

  document.querySelectorAll('input[type=file][data-downscale]').forEach(function (input) {
    input.addEventListener('change', function () {
      if (input.dataset.replacing === 'yes' || !input.files.length || typeof DataTransfer === 'undefined') {
        return;
      }
      var form = input.form;
      var buttons = form ? form.querySelectorAll('button[type=submit]') : [];
      buttons.forEach(function (b) { b.disabled = true; });
      Promise.all(Array.prototype.map.call(input.files, downscale)).then(function (files) {
        var transfer = new DataTransfer();
        files.forEach(function (f) { transfer.items.add(f); });
        input.dataset.replacing = 'yes';
        input.files = transfer.files;
        delete input.dataset.replacing;
        input.dataset.downscaled = String(files.length);
        buttons.forEach(function (b) { b.disabled = false; });
      });
    });
  });

  // --- where and what changed: ask again for open reports nearby (htmx swaps them in) ---
  var nearby = document.getElementById('nearby');
  if (nearby) {
    var requestForm = document.getElementById('request-form');
    if (requestForm) {
      requestForm.addEventListener('change', function (event) {
        var name = event.target && event.target.name;
        if ((name === 'categoryId' || name === 'communityId' || name === 'address') && window.htmx) {
          window.htmx.trigger(nearby, 'pmg-where');
        }
      });
    }
  }

  // --- offline: warn, keep the text, do not send into the void ---
  var warning = document.getElementById('offline-warning');
  function showConnection() {
    if (warning) {
      warning.hidden = navigator.onLine;
    }
  }
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);
  showConnection();
  document.querySelectorAll('form[method=post]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!navigator.onLine) {
        event.preventDefault();
        showConnection();
        if (warning) {
          warning.setAttribute('tabindex', '-1');
          warning.focus();
        }
      }
    });
  });

  // --- the draft: only what she typed into the named fields, kept until it is sent ---
  var DRAFTS = ['pmg-request-draft'];
  if (document.querySelector('[data-clear-draft]')) {
    DRAFTS.forEach(function (key) { try { localStorage.removeItem(key); } catch (e) { /* private mode */ } });
  }
  document.querySelectorAll('form[data-draft]').forEach(function (form) {
    var key = form.dataset.draft;
    var names = (form.dataset.draftFields || '').split(' ').filter(Boolean);
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(key) || '{}'); } catch (e) { saved = {}; }
    names.forEach(function (name) {
      var field = form.elements[name];
      if (field && !field.value && typeof saved[name] === 'string') {
        field.value = saved[name];
      }
      if (field) {
        field.addEventListener('input', function () {
          var draft = {};
          names.forEach(function (n) { if (form.elements[n]) { draft[n] = form.elements[n].value; } });
          try { localStorage.setItem(key, JSON.stringify(draft)); } catch (e) { /* full or private */ }
        });
      }
    });
  });
})();
