// The screening guide in the field: registers the offline cache, evaluates with the cached catalogue when there
// is no connection (same rules as the server, read from the catalogue), and sends saved anonymous records
// queued offline once the connection returns. The page works without this script.
(function () {
  'use strict';
  var QUEUE = 'palermo.screening.queue';
  var form = document.querySelector('[data-screening-form]');
  if (!form) return;

  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/screening-sw.js', { scope: '/screening/' });

  function queue() { try { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); } catch (e) { return []; } }
  function store(items) { localStorage.setItem(QUEUE, JSON.stringify(items)); }

  function flush() {
    var items = queue();
    if (!items.length || !navigator.onLine) return;
    var item = items[0];
    fetch('/api/v1/screening/labour-assessments', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(item)
    }).then(function (response) {
      // 401: signed out meanwhile; keep the record until the practitioner signs in again.
      if (response.status === 401) return;
      store(queue().slice(1));
      flush();
    }).catch(function () { /* still offline */ });
  }

  function meets(t, s, m, w) {
    return s >= (t.strong || 0) && m >= (t.medium || 0) && w >= (t.weak || 0) && m + w >= (t.mediumOrWeak || 0);
  }

  function evaluate(catalogue, profile, act, ids) {
    var positive = {}, present = {};
    ids.forEach(function (id) { present[id] = true; });
    catalogue.dimensions.forEach(function (d) {
      var c = { strong: 0, medium: 0, weak: 0 };
      d.indicators.forEach(function (i) { var w = i.strength[profile]; if (present[i.id] && w) c[w]++; });
      positive[d.id] = catalogue.dimensionRule.anyOf.some(function (t) { return meets(t, c.strong, c.medium, c.weak); });
    });
    var outcome = catalogue.outcomes[profile].filter(function (o) {
      return o.condition.allOf.every(function (k) {
        if (k.anyPositive) return k.anyPositive.some(function (d) { return positive[d]; });
        if (k.nonePositive) return !k.nonePositive.some(function (d) { return positive[d]; });
        return k.actPresent === act;
      });
    })[0];
    return { outcome: outcome && outcome.id, positive: catalogue.dimensions.filter(function (d) { return positive[d.id]; }) };
  }

  function element(tag, text) { var e = document.createElement(tag); e.textContent = text; return e; }

  function show(data, result, lang) {
    var box = document.querySelector('[data-offline-result]');
    var t = data.translations;
    function name(texts) { return texts && texts.name && (texts.name[lang] || texts.name.en) || ''; }
    box.textContent = '';
    box.appendChild(element('h2', box.dataset.title));
    box.appendChild(element('p', box.dataset.offline));
    box.appendChild(element('strong', name(t.outcomes[result.outcome]) || result.outcome));
    box.appendChild(element('h3', box.dataset.positive));
    if (!result.positive.length) box.appendChild(element('p', box.dataset.none));
    result.positive.forEach(function (d) { box.appendChild(element('p', name(t.dimensions[d.id]))); });
    box.appendChild(element('p', box.dataset.caveat));
    box.hidden = false;
    box.scrollIntoView();
  }

  form.addEventListener('submit', function (event) {
    if (navigator.onLine) return;
    event.preventDefault();
    var data = new FormData(form);
    var request = {
      profile: data.get('profile'), actPresent: data.get('actPresent') === 'true', indicators: data.getAll('indicators'),
      save: data.get('save') === 'true', country: data.get('country') || null, sector: data.get('sector') || null,
      sex: data.get('sex') || null, ageGroup: data.get('ageGroup') || null
    };
    fetch('/api/v1/screening/labour-catalogue').then(function (r) { return r.json(); }).then(function (catalogue) {
      var result = evaluate(catalogue.catalogue, request.profile, request.actPresent, request.indicators);
      show(catalogue, result, document.documentElement.lang);
      if (request.save) {
        store(queue().concat([request]));
        var box = document.querySelector('[data-offline-result]');
        box.appendChild(element('p', box.dataset.queued));
      }
    });
  });

  window.addEventListener('online', flush);
  flush();
})();
