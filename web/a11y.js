// The accessible mirror's page side. The app builds what the screen shows as a tree of plain
// semantic HTML (src/core/view/mirror.hpp) and hands it over as JSON whenever the view changes;
// this file renders it into #a11y-root with createElement / textContent only (data never becomes
// markup: unknown tags and attributes are dropped, links other than http, https and mailto too),
// keeps the focus where it was, and turns what a person does there into the app's intents.
(function () {
  const alma = window.alma = window.alma || {};
  const TAGS = new Set(['div', 'section', 'header', 'footer', 'nav', 'main', 'aside', 'article', 'h1', 'h2', 'h3', 'p', 'ul',
    'li', 'button', 'a', 'input', 'label', 'span', 'fieldset', 'legend', 'table', 'caption', 'thead', 'tbody', 'tr',
    'th', 'td', 'dl', 'dt', 'dd', 'select', 'option']);
  const ATTRS = new Set(['id', 'class', 'role', 'type', 'for', 'href', 'target', 'rel', 'lang', 'scope', 'tabindex',
    'value', 'checked', 'autocomplete', 'min', 'max', 'inputmode']);
  const allowed = (name) => ATTRS.has(name) || /^aria-[a-z]+$/.test(name) || /^data-(act|arg|target|focus)$/.test(name);
  const safeHref = (url) => /^(https?:\/\/|mailto:)[^\s\u0000-\u001f]+$/i.test(url);

  let root, status, echo, statusTimer = 0, opener = null, firstRender = true;
  const seenFocusKeys = new Set();

  function setText(el, text) {
    const first = el.firstChild && el.firstChild.nodeType === Node.TEXT_NODE ? el.firstChild : null;
    if (text) {
      if (first) { if (first.data !== text) first.data = text; } else el.insertBefore(document.createTextNode(text), el.firstChild);
    } else if (first) first.remove();
  }

  function apply(el, node) {
    const want = node.a || {};
    for (const a of [...el.attributes]) if (a.name !== 'data-key' && !(a.name in want)) el.removeAttribute(a.name);
    for (const [name, value] of Object.entries(want)) {
      if (!allowed(name) || (name === 'href' && !safeHref(value))) continue;
      if (name === 'value') { if (el.value !== value && document.activeElement !== el) el.value = value; continue; }
      if (name === 'checked') continue;
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    }
    if (el.tagName === 'INPUT' && el.type === 'checkbox') el.checked = 'checked' in want;
    setText(el, node.x || '');
    render(el, node.c || []);
    // A select's value names one of its options: set once they exist, and never under the hand
    // of the person choosing.
    if (el.tagName === 'SELECT' && 'value' in want && document.activeElement !== el) el.value = want.value;
  }

  // Keyed reconciliation: an element whose tag and key are unchanged is kept (and so is the focus).
  function render(parent, nodes) {
    const old = new Map();
    for (const child of parent.children) old.set(child.getAttribute('data-key'), child);
    let at = parent.firstChild && parent.firstChild.nodeType === Node.TEXT_NODE ? parent.firstChild.nextSibling : parent.firstChild;
    nodes.forEach((node, i) => {
      if (!TAGS.has(node.t)) return;
      const key = `${node.t}|${node.k ?? '#' + i}`;
      let el = old.get(key);
      if (el) old.delete(key);
      else { el = document.createElement(node.t); el.setAttribute('data-key', key); }
      if (el !== at) parent.insertBefore(el, at); else at = at.nextSibling;
      apply(el, node);
    });
    for (const el of old.values()) el.remove();
  }

  // Details or a dialog just opened from the mirror: its heading takes the focus. Only when the
  // focus is in the mirror — a click on the canvas keeps the keyboard on the canvas — and not on
  // the page's first render, where the focus stays where the page put it.
  function focusNew(focusWasHere) {
    const keys = new Set();
    for (const el of root.querySelectorAll('[data-focus]')) {
      const key = el.getAttribute('data-focus');
      keys.add(key);
      if (!seenFocusKeys.has(key) && !firstRender && focusWasHere) el.focus();
    }
    seenFocusKeys.clear();
    for (const k of keys) seenFocusKeys.add(k);
    firstRender = false;
  }

  function restoreFocus() {
    const back = opener && root.querySelector(`[data-act="${CSS.escape(opener.act)}"][data-arg="${CSS.escape(opener.arg)}"]`);
    (back || root.querySelector('#a11y-results') || root.querySelector('[role=tab][aria-selected=true]'))?.focus();
    opener = null;
  }

  const act = (name, arg = '') => alma.withString(name, (a) => alma.withString(arg, (b) => Module._alma_mirror_act(a, b)));

  // The canvas draws the focus indicator on the element's counterpart; this visible echo names the
  // focused element beside it (and stands alone where there is no counterpart on screen).
  function showFocus(el) {
    const target = el.getAttribute('data-target') || '';
    alma.withString(target, (p) => Module._alma_mirror_focus(p));
    const rect = target && alma.targetRect ? alma.targetRect(target) : null;
    const label = el.tagName === 'INPUT' && el.type === 'checkbox' ? (el.checked ? '☑ ' : '☐ ') + el.parentElement.textContent
      : el.tagName === 'INPUT' ? `${el.labels?.[0]?.textContent || 'Search'}: ${el.value}` : el.textContent;
    echo.textContent = label.trim().slice(0, 200);
    echo.hidden = false;
    const r = echo.getBoundingClientRect();
    let x = 8, y = 8;
    if (rect) { x = rect[0]; y = rect[1] + rect[3] + 4; if (y + r.height > innerHeight) y = Math.max(0, rect[1] - r.height - 4); }
    echo.style.left = `${Math.max(0, Math.min(x, innerWidth - r.width))}px`;
    echo.style.top = `${y}px`;
    // Magnifiers and the screen reader's highlight follow the focused element: place it (invisible,
    // the canvas shows it) over its counterpart.
    if (rect) el.classList.add('a11y-placed'), Object.assign(el.style, { left: `${rect[0]}px`, top: `${rect[1]}px`, width: `${rect[2]}px`, height: `${rect[3]}px` });
  }

  function install() {
    root = document.getElementById('a11y-root');
    status = document.getElementById('a11y-status');
    echo = document.getElementById('a11y-focus');
    root.addEventListener('click', (e) => {
      const el = e.target.closest('[data-act]');
      if (!el || el.tagName === 'INPUT') return;
      const name = el.getAttribute('data-act'), arg = el.getAttribute('data-arg') || '';
      if (name === 'skip') { root.querySelector('#a11y-results')?.focus(); return; }
      if (['row', 'place', 'data', 'help'].includes(name)) opener = { act: name, arg };
      if (name === 'close') { act('close'); setTimeout(restoreFocus); return; }
      act(name, arg);
    });
    root.addEventListener('change', (e) => {
      const name = e.target.getAttribute('data-act');
      if (e.target.type === 'checkbox') act(name, e.target.getAttribute('data-arg') || '');
      else if (e.target.type === 'number' || e.target.tagName === 'SELECT') act(name, e.target.value);
    });
    root.addEventListener('input', (e) => { if (e.target.getAttribute('data-act') === 'search') act('search', e.target.value); });
    root.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      if (e.target.getAttribute('data-act') === 'search' && e.target.value) return;  // Esc clears the field itself
      e.preventDefault();
      act('close');
      restoreFocus();
    });
    root.addEventListener('focusin', (e) => showFocus(e.target));
    root.addEventListener('focusout', (e) => {
      e.target.classList.remove('a11y-placed');
      e.target.style.left = e.target.style.top = e.target.style.width = e.target.style.height = '';
      if (!root.contains(e.relatedTarget)) { echo.hidden = true; alma.withString('', (p) => Module._alma_mirror_focus(p)); }
    });
  }

  // Called by the app (platform/browser_web.cpp) with the mirror as JSON, only when it changed.
  alma.renderMirror = (json) => {
    if (!root) install();
    const m = JSON.parse(json);
    const hadFocus = root.contains(document.activeElement);
    render(root, [m.root]);
    document.getElementById('canvas').setAttribute('aria-label', m.canvasLabel || document.title);
    // The live region speaks once typing and clicking pause, not on every keystroke.
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => { if (status.textContent !== m.status) status.textContent = m.status; }, 700);
    focusNew(hadFocus);
    if (hadFocus && !root.contains(document.activeElement)) restoreFocus();  // never lost to <body>
    if (root.contains(document.activeElement)) showFocus(document.activeElement);
  };
})();
