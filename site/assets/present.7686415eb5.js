/* Present mode: one screen at a time (the page is also a readable sequence of full-height screens
   for when this does not run). Right/Left, Page Down/Up and Space step through the screens, Home
   and End go to the first and last, F toggles full screen; the hash names the screen shown, so a
   reload stays put. A seven-minute timer shows the time gone and the time left, and a quiet cue
   (no sound, nothing flashing) once seven minutes are up. The live region announces each move; a key moves focus to the new screen, a
   button keeps it (unless it is now disabled) so it can be pressed again. Nothing is stored or sent. */
(() => {
  'use strict';
  const root = document.querySelector('[data-present]');
  if (!root || !window.history.replaceState) return;
  const slides = [...root.querySelectorAll('[data-slide]')];
  const status = root.querySelector('[data-present-status]');
  const position = root.querySelector('[data-present-position]');
  const button = (action) => root.querySelector(`[data-present-action="${action}"]`);
  const notes = [...root.querySelectorAll('[data-present-notes]')];
  let current = -1;

  /* The screen holding the element the hash names, or -1. */
  function fromHash() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    const slide = target && target.closest('[data-slide]');
    return slide ? slides.indexOf(slide) : -1;
  }

  function headingID(slide) {
    return slide.getAttribute('aria-labelledby');
  }

  /* Shows screen `index`, naming it in the hash. A move is announced in the live region; `focus`
     also moves focus to the screen (keys do; a button keeps it, so it can be pressed again). */
  function show(index, announce, focus = announce) {
    index = Math.max(0, Math.min(slides.length - 1, index));
    const from = document.activeElement;
    const changed = index !== current;
    current = index;
    slides.forEach((slide, i) => { slide.hidden = i !== index; });
    const slide = slides[index];
    const label = slide.dataset.screenLabel;
    position.textContent = `${index + 1} of ${slides.length}`;
    button('previous').disabled = index === 0;
    button('next').disabled = index === slides.length - 1;
    const target = decodeURIComponent(location.hash.slice(1));
    const named = target && document.getElementById(target);
    if ((announce || target) && (!named || named.closest('[data-slide]') !== slide)) {
      history.replaceState(null, '', `#${headingID(slide)}`);
    }
    if (changed) slide.scrollTop = 0;
    scrollable(slide);
    if (announce) status.textContent = `${label}. Screen ${index + 1} of ${slides.length}.`;
    if (focus || (announce && (from.disabled || document.activeElement !== from))) slide.focus({ preventScroll: true });
  }

  /* The seven-minute timer: time run so far, kept only in this page while it is open. */
  const limit = 7 * 60;
  const timer = { ms: 0, since: null, tick: null, cued: false };
  const timerEl = root.querySelector('[data-present-timer]');
  const clock = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  const seconds = () => Math.floor((timer.ms + (timer.since === null ? 0 : Date.now() - timer.since)) / 1000);

  function showTime() {
    const gone = seconds();
    timerEl.querySelector('[data-timer-elapsed]').textContent = clock(gone);
    timerEl.querySelector('[data-timer-left]').textContent = clock(Math.max(0, limit - gone));
    const done = gone >= limit;
    timerEl.classList.toggle('present-timer--done', done);
    timerEl.querySelector('[data-timer-cue]').hidden = !done;
    if (done && !timer.cued) status.textContent = 'Seven minutes are up.';
    timer.cued = done;
  }

  function runTimer(on) {
    if (on && timer.since === null) {
      timer.since = Date.now();
      timer.tick = setInterval(showTime, 250);
    } else if (!on && timer.since !== null) {
      timer.ms += Date.now() - timer.since;
      timer.since = null;
      clearInterval(timer.tick);
    }
    button('timer').textContent = on ? 'Pause timer' : (timer.ms ? 'Resume timer' : 'Start timer');
    showTime();
  }

  function resetTimer() {
    runTimer(false);
    timer.ms = 0;
    runTimer(false);
  }

  /* A screen too long for the window scrolls within it, so it joins the Tab order to be scrolled
     by keys; one that fits is focused only when a key moves to it. */
  function scrollable(slide) {
    slide.tabIndex = slide.scrollHeight > slide.clientHeight + 1 ? 0 : -1;
  }

  /* Speaker notes show open under every screen that has them, or not at all: a projected screen
     shows no notes unless the presenter asks (the button, or `?notes` in the address). */
  function toggleNotes(on) {
    notes.forEach((el) => { el.hidden = !on; el.open = on; });
    if (current >= 0) scrollable(slides[current]);
    button('notes').setAttribute('aria-pressed', String(on));
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else document.documentElement.requestFullscreen().catch(() => {});
  }

  /* Keys that belong to what has focus: typing, a control's own Space or Enter, a menu. */
  function ownedByFocus(event) {
    const el = event.target;
    if (el.closest('input, textarea, select, [contenteditable]')) return true;
    return (event.key === ' ' || event.key === 'Enter') && el.closest('button, a, summary');
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || ownedByFocus(event)) return;
    const moves = {
      ArrowRight: current + 1, PageDown: current + 1, ' ': current + (event.shiftKey ? -1 : 1),
      ArrowLeft: current - 1, PageUp: current - 1, Home: 0, End: slides.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      show(moves[event.key], true);
    } else if ((event.key === 'f' || event.key === 'F') && !event.shiftKey && document.fullscreenEnabled) {
      event.preventDefault();
      toggleFullscreen();
    }
  });

  root.addEventListener('click', (event) => {
    const control = event.target.closest('[data-present-action]');
    if (!control) return;
    const action = control.dataset.presentAction;
    if (action === 'next') show(current + 1, true, false);
    else if (action === 'previous') show(current - 1, true, false);
    else if (action === 'notes') toggleNotes(control.getAttribute('aria-pressed') !== 'true');
    else if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'timer') runTimer(timer.since === null);
    else if (action === 'timer-reset') resetTimer();
  });

  window.addEventListener('hashchange', () => {
    const index = fromHash();
    if (index >= 0) show(index, index !== current);
  });
  window.addEventListener('resize', () => scrollable(slides[current]));
  document.addEventListener('fullscreenchange', () => {
    button('fullscreen').setAttribute('aria-pressed', String(Boolean(document.fullscreenElement)));
  });

  document.documentElement.classList.add('presenting');
  root.querySelectorAll('[data-js]').forEach((el) => { el.hidden = false; });
  root.querySelectorAll('[data-no-js]').forEach((el) => { el.hidden = true; });
  slides.forEach((slide) => { slide.tabIndex = -1; });
  if (notes.length) {
    button('notes').hidden = false;
    toggleNotes(new URLSearchParams(location.search).has('notes'));
  }
  if (document.fullscreenEnabled) button('fullscreen').hidden = false;
  show(Math.max(0, fromHash()), false);
})();
