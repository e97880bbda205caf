// Service worker for the field screening guide (scope /screening/): keeps the guide, its styles and scripts, and
// the catalogue usable without a connection. Network first, so an online visit always gets the current edition.
'use strict';
var CACHE = 'palermo-screening-v1';
var ASSETS = ['/screening/labour', '/css/site.css', '/js/site.js', '/js/screening.js', '/api/v1/screening/labour-catalogue'];

function cached(path) {
  return ASSETS.indexOf(path) >= 0;
}

// A new worker takes over at once and claims the open guide: a practitioner who opened the guide once must be
// able to lose the connection in the same visit, without a second visit first.
self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key !== CACHE; }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !cached(url.pathname)) return;
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreSearch: true });
  }));
});
