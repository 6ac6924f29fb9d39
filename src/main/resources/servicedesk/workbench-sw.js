// The workbench's service worker. It keeps the static shell (styles, scripts, icons: versioned
// files that never change under their name) so the workbench opens fast on thin rural data and its
// scripts still run with no signal. It never stores a page, a request or anything about a person:
// every other fetch goes to the network as if this worker were not there.
const SHELL = /*SHELL*/[];
const CACHE = 'pmg-shell-/*VERSION*/';
const STATIC = /^\/(webjars|css|js|img)\//;

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k.startsWith('pmg-shell-') && k !== CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !STATIC.test(url.pathname)) {
    return;
  }
  event.respondWith(caches.match(event.request).then(hit => hit || fetch(event.request)));
});
