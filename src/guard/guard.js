/*
 * Phu luc BDG: the old-webview guard, the first script of every page Excel opens
 * (taskpane.html, commands.html, notice.html).
 *
 * ECMAScript 5 only, and never bundled or transpiled: it has to run in Internet Explorer 11 and
 * Edge Legacy (EdgeHTML), the webviews of Office 2016/2019 volume-licensed and of Microsoft 365
 * before build 16.0.13530, which cannot even parse our bundles. scripts/guard.cjs inlines the
 * Vietnamese sentences (src/domain/messages/guard.ts) where GUARD_MESSAGES stands, checks that
 * the result parses as ES5 (acorn) and emits it as dist/guard.js; the webpack build replaces each
 * guarded page's own script tags with the data-app attribute of this script's tag.
 *
 * A modern webview: this script loads the page's bundles (data-app, in order) once the page
 * is parsed, so after office.js, as the deferred tags it replaces did. An old one (detected
 * from the user agent and from features, never with eval: the pages' CSP forbids it): the
 * bundles are never requested; the page shows why in Vietnamese and what to do instead, and
 * the ribbon's buttons answer: in the shared runtime (taskpane.html is the function file) by
 * showing the task pane with the explanation, from commands.html by opening notice.html, where
 * this same script shows it; either way the event is completed at once.
 */
(function () {
  'use strict';

  var MSG = /* GUARD_MESSAGES */ null;
  var win = window;
  var doc = document;

  /** '' when the webview can run the bundles, else why not: 'ie', 'edgeLegacy' or 'features'. */
  function unsupportedReason(userAgent, w) {
    var ua = String(userAgent || '');
    if (/Trident\/|MSIE /.test(ua)) return 'ie';
    // EdgeHTML says "Edge/18.17763"; Chromium Edge (WebView2) says "Edg/".
    if (/\bEdge\/\d/.test(ua)) return 'edgeLegacy';
    // The bundles need ES2022 syntax (taskpane.js: class static blocks, from tabster; Chrome 94,
    // Firefox 93, Safari 16.4). Syntax cannot be tested without eval, so test what shipped with
    // it: ES2022 built-ins (Chrome 93, Firefox 92, Safari 15.4) and RegExp lookbehind (Safari 16.4).
    if (typeof w.Promise !== 'function' || typeof w.Symbol !== 'function') return 'features';
    if (typeof Object.hasOwn !== 'function' || typeof Array.prototype.at !== 'function') return 'features';
    try {
      new RegExp('(?<=a)b');
    } catch (e) {
      return 'features';
    }
    return '';
  }

  /** This script's own element (no document.currentScript in IE11). */
  function ownScript() {
    if (doc.currentScript) return doc.currentScript;
    var all = doc.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/(^|\/)guard\.js(\?|$)/.test(all[i].getAttribute('src') || '')) return all[i];
    }
    return null;
  }

  function whenParsed(fn) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', fn, false);
    else fn();
  }

  function absolute(relative) {
    var a = doc.createElement('a');
    a.href = relative;
    return a.href;
  }

  function words(text) {
    var out = [];
    var parts = String(text || '').split(/\s+/);
    for (var i = 0; i < parts.length; i++) if (parts[i]) out.push(parts[i]);
    return out;
  }

  /** Fetches now, in parallel with office.js; runs in order once the page (and office.js) is parsed. */
  function loadApp(files, onLoaded) {
    var head = doc.getElementsByTagName('head')[0];
    for (var i = 0; i < files.length; i++) {
      var link = doc.createElement('link');
      link.rel = 'preload';
      link.as = 'script';
      link.href = files[i];
      head.appendChild(link);
    }
    whenParsed(function () {
      for (var j = 0; j < files.length; j++) {
        var script = doc.createElement('script');
        script.src = files[j];
        script.async = false;
        if (j === files.length - 1) script.onload = onLoaded;
        head.appendChild(script);
      }
    });
  }

  function element(tag, text, css) {
    var el = doc.createElement(tag);
    if (text) el.appendChild(doc.createTextNode(text));
    for (var k in css) if (Object.prototype.hasOwnProperty.call(css, k)) el.style[k] = css[k];
    return el;
  }

  function closeDialog() {
    try {
      win.Office.context.ui.messageParent('close');
    } catch (e) {
      win.close();
    }
  }

  /** The explanation, as text (never HTML), in #root (the task pane) or the body. */
  function render(reason, page) {
    var box = element('div', '', {
      fontFamily: '"Segoe UI", Arial, sans-serif',
      fontSize: '14px',
      lineHeight: '1.45',
      color: '#242424',
      margin: '16px',
    });
    box.id = 'phuluc-guard';
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-label', MSG.label);
    box.appendChild(element('h1', MSG.title, { fontSize: '18px', margin: '0 0 8px', color: '#b10e1c' }));
    box.appendChild(element('p', MSG.reason[reason] || MSG.reason.features, {}));
    box.appendChild(element('p', MSG.safe, {}));
    box.appendChild(element('p', MSG.doIntro, { margin: '12px 0 4px' }));
    var list = element('ol', '', { paddingLeft: '20px', margin: '0' });
    var checker = absolute('kiem-tra.html');
    for (var i = 0; i < MSG.steps.length; i++) {
      list.appendChild(element('li', MSG.steps[i].replace('{checker}', checker), { margin: '0 0 6px' }));
    }
    box.appendChild(list);
    if (page === 'notice') {
      var button = element('button', MSG.close, { marginTop: '12px', padding: '6px 16px', font: 'inherit' });
      button.type = 'button';
      button.onclick = closeDialog;
      box.appendChild(button);
    }
    var root = doc.getElementById('root');
    var parent = root || doc.body;
    while (parent.firstChild) parent.removeChild(parent.firstChild);
    parent.appendChild(box);
  }

  /** Completes a ribbon event once, whatever happens. */
  function completer(event) {
    var done = false;
    return function () {
      if (done) return;
      done = true;
      try {
        event.completed();
      } catch (e) {
        // Excel already gave up on this event
      }
    };
  }

  /**
   * Any ribbon button in an old webview: show the explanation and complete at once. In the
   * shared runtime (this is taskpane.html) the task pane itself shows it; otherwise a dialog
   * (notice.html, where this script shows it).
   */
  function answerRibbon(page) {
    return function (event) {
      var complete = completer(event);
      // The callbacks should come at once; never leave the button busy if they do not.
      win.setTimeout(complete, 10000);
      try {
        var office = win.Office;
        var addin = office && office.addin;
        if (page === 'taskpane' && addin && typeof addin.showAsTaskpane === 'function') {
          var shown = addin.showAsTaskpane();
          if (shown && typeof shown.then === 'function') shown.then(complete, complete);
          else complete();
          return;
        }
        var ui = office && office.context && office.context.ui;
        if (ui && typeof ui.displayDialogAsync === 'function') {
          var received = (office.EventType && office.EventType.DialogMessageReceived) || 'dialogMessageReceived';
          ui.displayDialogAsync(absolute('notice.html?unsupported=1'), { height: 50, width: 40 }, function (result) {
            var dialog = result && result.value;
            if (dialog && typeof dialog.addEventHandler === 'function') {
              dialog.addEventHandler(received, function () {
                dialog.close();
              });
            }
            complete();
          });
          return;
        }
      } catch (e) {
        // no way to show anything on this client: completing is all that is left
      }
      complete();
    };
  }

  /** The ribbon's functions (manifest FunctionName), answered here when the bundles cannot run. */
  var RIBBON_FUNCTIONS = ['validateWorkbook', 'showInsertTab', 'showResultsTab'];

  function startOffice(page) {
    var office = win.Office;
    if (!office) return;
    try {
      if (typeof office.onReady === 'function') office.onReady();
      else office.initialize = function () {};
    } catch (e) {
      // office.js failed to start: nothing to register with
    }
    if (page !== 'commands' && page !== 'taskpane') return;
    for (var i = 0; i < RIBBON_FUNCTIONS.length; i++) {
      try {
        if (office.actions && typeof office.actions.associate === 'function') {
          office.actions.associate(RIBBON_FUNCTIONS[i], answerRibbon(page));
        }
      } catch (e) {
        // older clients call the global function instead
      }
    }
  }

  /** The page cannot run here: explain (or, in the function file, answer the ribbon). */
  function refuse(reason, page) {
    win.__phulucGuard.supported = false;
    win.__phulucGuard.reason = reason;
    // Older function files look the ribbon's functions up on the global object.
    if (page === 'commands' || page === 'taskpane') {
      for (var i = 0; i < RIBBON_FUNCTIONS.length; i++) win[RIBBON_FUNCTIONS[i]] = answerRibbon(page);
    }
    whenParsed(function () {
      if (page !== 'commands') render(reason, page);
      startOffice(page);
    });
  }

  /**
   * Safety net for an engine the tests above let through: a bundle it cannot parse. Such a
   * bundle reports a SyntaxError before its load event; afterwards the listener is gone, so a
   * later error of the running app is never mistaken for an old webview.
   */
  function watchParseErrors(files, page) {
    var urls = [];
    for (var i = 0; i < files.length; i++) urls.push(absolute(files[i]));
    function onError(e) {
      var err = e && e.error;
      var syntax = (err && err.name === 'SyntaxError') || /SyntaxError/.test(String((e && e.message) || ''));
      var file = String((e && e.filename) || '');
      // Some engines (and jsdom) do not name the script that failed to parse.
      var ours = !/^https?:/i.test(file);
      for (var j = 0; j < urls.length; j++) if (file === urls[j]) ours = true;
      if (syntax && ours) {
        stop();
        refuse('features', page);
      }
    }
    function stop() {
      win.removeEventListener('error', onError, false);
    }
    win.addEventListener('error', onError, false);
    return stop;
  }

  var script = ownScript();
  var page = (script && script.getAttribute('data-page')) || '';
  var reason = unsupportedReason(win.navigator && win.navigator.userAgent, win);
  win.__phulucGuard = { supported: !reason, reason: reason, page: page };
  if (reason) {
    refuse(reason, page);
    return;
  }
  var files = words(script && script.getAttribute('data-app'));
  loadApp(files, watchParseErrors(files, page));
})();
