// Auto-save of a country's submission as people type. Every change is first kept in this browser (localStorage)
// and then saved through the API (PUT with the version last confirmed by the server), so a dropped connection or a
// closed tab loses nothing: the kept answers are restored and saved on the next visit or when the connection
// returns. Answers travel only in request bodies, never in URLs. When someone else saved in between (409), the
// answers both sides changed are shown side by side and the person chooses per answer; answers only one side
// changed are merged without asking. Never a silent overwrite. The page works without this script (Save draft).
(function () {
  'use strict';
  var status = document.querySelector('[data-autosave-status]');
  var form = document.querySelector('form.questionnaire');
  if (!status || !form || !window.fetch) return;

  var text = status.dataset;
  var api = text.autosave;
  var storageKey = text.storageKey;
  var screen = document.querySelector('[data-conflict-screen]');
  var versionField = form.querySelector('input[name="Version"]');
  var lang = document.documentElement.lang || 'en';
  var DELAY = 800;

  var version = parseInt(text.version, 10) || 0;
  var base = parse(text.base) || {}; // the answers as the server last confirmed them
  var timer = null, inFlight = false, again = false, blocked = false;

  function parse(json) { try { return JSON.parse(json); } catch (e) { return null; } }
  function same(a, b) { return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b)); }
  function canonical(v) {
    if (v === undefined || v === null) return null;
    if (Array.isArray(v)) return v.map(canonical);
    if (typeof v === 'object') {
      var out = {};
      Object.keys(v).sort().forEach(function (k) { out[k] = canonical(v[k]); });
      return out;
    }
    return v;
  }

  function codeOf(name) { return name.split(':')[1]; }
  function fields() { return Array.prototype.filter.call(form.elements, function (e) { return e.name && e.name.indexOf('q:') === 0; }); }

  // The same reading as the server's AnswerForm: "q:{code}" is the answer, "q:{code}:{part}" one part of it.
  function read() {
    var answers = {};
    fields().forEach(function (e) {
      var parts = e.name.split(':'), code = parts[1], part = parts[2];
      if (e.type === 'checkbox') {
        if (!e.checked) return;
        (answers[code] = answers[code] || []).push(e.value);
        return;
      }
      var value = (e.value || '').trim();
      if (!value) return;
      if (part) { (answers[code] = answers[code] || {})[part] = value; return; }
      if (e.type === 'number') {
        var n = Number(value);
        answers[code] = isFinite(n) ? n : value;
        return;
      }
      answers[code] = value;
    });
    return answers;
  }

  function write(code, value) {
    fields().filter(function (e) { return codeOf(e.name) === code; }).forEach(function (e) {
      var part = e.name.split(':')[2];
      if (e.type === 'checkbox') e.checked = Array.isArray(value) && value.indexOf(e.value) >= 0;
      else if (part) e.value = value && typeof value === 'object' && value[part] != null ? String(value[part]) : '';
      else e.value = value == null ? '' : String(value);
    });
  }

  function show(message, kind) {
    if (!status) return;
    status.textContent = message;
    status.className = 'autosave-status' + (kind ? ' ' + kind : '');
    status.hidden = false;
  }

  function setVersion(v) {
    version = v;
    if (versionField) versionField.value = String(v);
  }

  function keep(answers) {
    try { localStorage.setItem(storageKey, JSON.stringify({ version: version, base: base, answers: answers })); } catch (e) { /* storage full or disabled */ }
  }
  function forget() { try { localStorage.removeItem(storageKey); } catch (e) { /* disabled */ } }
  function kept() { try { return parse(localStorage.getItem(storageKey)); } catch (e) { return null; } }

  function schedule() {
    if (blocked) return;
    keep(read());
    clearTimeout(timer);
    timer = setTimeout(save, DELAY);
  }

  function save() {
    clearTimeout(timer);
    if (blocked) return Promise.resolve(false);
    if (inFlight) { again = true; return Promise.resolve(false); }
    var answers = read();
    keep(answers);
    if (same(answers, base)) { forget(); return Promise.resolve(true); }
    if (!navigator.onLine) { show(text.textOffline, 'offline'); return Promise.resolve(false); }
    inFlight = true;
    show(text.textSaving, 'saving');
    return fetch(api, {
      method: 'PUT', credentials: 'same-origin', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ version: version, answers: answers })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) { return handle(response.status, body, answers); });
    }, function () {
      show(text.textOffline, 'offline');
      return false;
    }).then(function (ok) {
      inFlight = false;
      if (again && !blocked) { again = false; return save(); }
      return ok;
    });
  }

  function handle(code, body, sent) {
    if (code === 200) {
      setVersion(body.version);
      base = body.answers || {};
      if (same(read(), sent)) forget(); else keep(read());
      var at = new Date(body.updatedAt || Date.now());
      show(text.textSavedAt.replace('{0}', at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' })), 'saved');
      return true;
    }
    if ((code === 409 || code === 428) && body.current) return merge(body.current, sent);
    if (code === 401) { show(text.textSignedOut, 'offline'); return false; }
    if (code >= 500 || code === 0) { show(text.textOffline, 'offline'); return false; }
    // Refused answers or a locked submission: the server's message is already in the page's language.
    var errors = (body.errors || []).map(function (e) { return e.message; }).join(' ');
    show((body.title || '') + (errors ? ' ' + errors : ''), 'failed');
    if (code === 409) blocked = true; // submitted or cycle closed: nothing more to save here
    return false;
  }

  // Someone saved in between. Answers only one side changed are merged; answers both changed are the person's choice.
  function merge(current, mine) {
    var theirs = current.answers || {};
    var codes = {};
    [mine, theirs, base].forEach(function (o) { Object.keys(o).forEach(function (k) { codes[k] = true; }); });
    var conflicts = [];
    Object.keys(codes).forEach(function (code) {
      var m = mine[code], t = theirs[code], b = base[code];
      if (same(m, t)) return;
      if (same(m, b)) { write(code, t); return; }   // only they changed it
      if (same(t, b)) return;                        // only I changed it
      conflicts.push({ code: code, mine: m, theirs: t });
    });
    setVersion(current.version);
    base = theirs;
    keep(read());
    if (!conflicts.length) { again = true; return false; }
    blocked = true;
    show(text.textConflict, 'conflict');
    choose(conflicts);
    return false;
  }

  function label(code) {
    var box = document.getElementById('q-' + code);
    var l = box && box.querySelector('label');
    return l ? l.textContent.trim() : code;
  }

  // An answer as the form shows it: option labels for choices, the parts of a legal reference joined.
  function display(code, value) {
    if (value === undefined || value === null || value === '') return '—';
    var select = form.querySelector('select[name="q:' + code + '"]');
    if (select) {
      var option = Array.prototype.find.call(select.options, function (o) { return o.value === String(value); });
      return option ? option.textContent.trim() : String(value);
    }
    if (Array.isArray(value)) {
      return value.map(function (v) {
        var box = form.querySelector('input[type="checkbox"][name="q:' + code + '"][value="' + (window.CSS && CSS.escape ? CSS.escape(v) : v) + '"]');
        return box && box.parentNode ? box.parentNode.textContent.trim() : String(v);
      }).join(', ');
    }
    if (typeof value === 'object') return Object.keys(value).map(function (k) { return value[k]; }).join(' · ');
    return String(value);
  }

  function choose(conflicts) {
    if (!screen) return;
    var list = screen.querySelector('[data-conflict-list]');
    list.textContent = '';
    conflicts.forEach(function (c, i) {
      var set = document.createElement('fieldset');
      set.className = 'conflict-choice';
      set.dataset.code = c.code;
      var legend = document.createElement('legend');
      legend.textContent = label(c.code);
      set.appendChild(legend);
      [['mine', text.textYours, c.mine], ['theirs', text.textTheirs, c.theirs]].forEach(function (side) {
        var row = document.createElement('label');
        row.className = 'choice';
        var radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'conflict-' + i;
        radio.value = side[0];
        radio.checked = side[0] === 'mine';
        var caption = document.createElement('strong');
        caption.textContent = side[1] + ':';
        var answer = document.createElement('span');
        answer.className = 'answer';
        answer.dir = 'auto';
        answer.textContent = display(c.code, side[2]);
        row.appendChild(radio);
        row.appendChild(caption);
        row.appendChild(document.createTextNode(' '));
        row.appendChild(answer);
        set.appendChild(row);
      });
      list.appendChild(set);
    });
    screen.hidden = false;
    screen.scrollIntoView();
    var heading = screen.querySelector('h2');
    if (heading) { heading.tabIndex = -1; heading.focus(); }
    var button = screen.querySelector('[data-conflict-save]');
    button.onclick = function () {
      conflicts.forEach(function (c, i) {
        var picked = list.querySelector('input[name="conflict-' + i + '"]:checked');
        write(c.code, picked && picked.value === 'theirs' ? c.theirs : c.mine);
      });
      screen.hidden = true;
      list.textContent = '';
      blocked = false;
      save();
    };
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  window.addEventListener('online', function () { if (!blocked) save(); });
  window.addEventListener('offline', function () { show(text.textOffline, 'offline'); });
  window.addEventListener('pagehide', function () { if (!blocked) keep(read()); });

  // Submitting (focal point) sends what is saved: save what was typed first, then submit with the new version.
  form.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    if (!submitter || submitter.dataset.submitAfterSave === undefined || (!inFlight && same(read(), base))) return;
    event.preventDefault();
    (function attempt() {
      if (inFlight) { setTimeout(attempt, 150); return; }
      save().then(function (ok) { if (ok || (!blocked && same(read(), base))) form.requestSubmit(submitter); });
    })();
  });

  // Answers kept on this device from an earlier visit (tab closed, connection lost) come back and are saved now.
  var earlier = kept();
  if (earlier && earlier.answers && !same(earlier.answers, base)) {
    Object.keys(earlier.answers).concat(Object.keys(base)).forEach(function (code) {
      var b = earlier.base || {};
      // Apply what was changed on this device; what the server changed since is merged on save (409) like any conflict.
      if (!same(earlier.answers[code], b[code])) write(code, earlier.answers[code]);
    });
    if (typeof earlier.version === 'number' && earlier.version !== version) {
      // Changes made against an older version: save against that one, so the server answers 409 with what moved
      // meanwhile and the usual merge (and, where both changed an answer, the choice) follows.
      base = earlier.base || {};
      setVersion(earlier.version);
    }
    show(text.textRestored, 'saving');
    save();
  } else if (earlier) {
    forget();
  }
})();
