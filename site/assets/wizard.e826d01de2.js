/* The decision aid without page loads (each step is also a static page for when this does not
   run). The flowchart comes from the JSON block #wizard-data; the answers so far go in the URL
   hash (#a-1-2), never anything typed. Nothing is stored or sent. */
(() => {
  'use strict';
  const root = document.querySelector('[data-wizard]');
  const source = document.getElementById('wizard-data');
  if (!root || !source || !window.history.pushState) return;
  const data = JSON.parse(source.textContent);
  const stepEl = root.querySelector('[data-wizard-step]');
  const status = root.querySelector('[data-wizard-status]');
  const back = document.querySelector('[data-wizard-back]');
  const parse = (text) => text ? text.split('-').filter(Boolean).map(Number) : [];
  const own = parse(root.dataset.answers);
  const typed = { reasons: '', sharedWith: '' };
  const record = document.querySelector('[data-record-template]');
  const recordHTML = record ? record.innerHTML : root.querySelector('[data-record]').outerHTML;
  let current = own;
  let previous = [];

  const name = (answers) => ['a', ...answers].join('-');
  const fromHash = () => (/^#a(-[1-9][0-9]*)*$/.test(location.hash) ? parse(location.hash.slice(2)) : null);
  const esc = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

  /* The questions answered and the node reached, or null when the answers lead nowhere. */
  function walk(answers) {
    let id = data.start;
    const steps = [];
    for (const n of answers) {
      const node = data.nodes[id];
      const answer = node && node.type === 'question' && node.answers[n - 1];
      if (!answer) return null;
      steps.push({ node, answer });
      id = answer.next;
    }
    return data.nodes[id] ? { steps, id, node: data.nodes[id] } : null;
  }

  const links = (refs, heading) => refs.length ? `<h2 class="heading-${heading}">${heading === 's' ? 'Guidance this question follows' : 'Guidance it follows'}</h2>
<ul class="reference-links">${refs.map((r) => `<li><a href="${esc(r.url)}">${esc(r.title)}</a></li>`).join('')}</ul>` : '';

  function questionHTML(id, node) {
    const hint = node.hint ? `<div class="hint" id="question-hint">${esc(node.hint)}</div>` : '';
    const radios = node.answers.map((a, i) => `<div class="radios__item">
<input class="radios__input" id="answer-${i + 1}" name="answer" type="radio" value="${i + 1}">
<label class="radios__label" for="answer-${i + 1}">${esc(a.label)}</label></div>`).join('');
    return `<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" data-error-summary hidden>
<h2 class="error-summary__title" id="error-summary-title">There is a problem</h2>
<ul class="error-summary__list"><li><a href="#answer-1">Select an answer</a></li></ul></div>
<form class="wizard-form" novalidate data-wizard-form><div class="form-group" data-form-group>
<fieldset class="fieldset"${node.hint ? ' aria-describedby="question-hint"' : ''}>
<legend class="fieldset__legend"><span class="caption-l">${esc(data.title)}</span>
<h1 class="fieldset__heading" id="question-${esc(id)}" tabindex="-1" data-wizard-heading>${esc(node.text)}</h1></legend>
${hint}<p class="error-message" id="question-error" data-error-message hidden><span class="visually-hidden">Error:</span> Select an answer</p>
<div class="radios">${radios}</div></fieldset></div>
<button class="button" type="submit">Continue</button></form>${links(node.references, 's')}`;
  }

  function outcomeHTML(id, node, steps, answers) {
    const rules = node.rules.length ? `<h2 class="heading-m">The golden rules this rests on</h2>
<ul class="rule-list">${node.rules.map((r) => `<li><a href="${esc(data.rulesURL)}">Rule ${r.number}</a>${r.html ? ': ' + r.html : ''}</li>`).join('')}</ul>` : '';
    const rows = steps.map((s, i) => `<div class="summary-list__row"><dt class="summary-list__key">${esc(s.node.text)}</dt>
<dd class="summary-list__value">${esc(s.answer.label)}</dd><dd class="summary-list__actions"><a href="#${name(answers.slice(0, i))}">Change<span class="visually-hidden"> your answer to: ${esc(s.node.text)}</span></a></dd></div>`).join('');
    return `<div class="outcome-panel outcome-panel--${esc(node.kind)}"><span class="caption-l outcome-panel__caption">${esc(data.title)}</span>
<h1 class="outcome-panel__title" id="outcome-${esc(id)}" tabindex="-1" data-wizard-heading>${esc(node.title)}</h1></div>
<div class="outcome-guidance">${node.guidanceHTML}</div>${rules}${links(node.references, 'm')}
<h2 class="heading-m wizard-answers__title">Your answers</h2><dl class="summary-list wizard-answers">${rows}</dl>${recordHTML}`;
  }

  /* Shows the step the answers reach (or the page's own). */
  function show(answers, moveFocus) {
    let reached = walk(answers);
    if (!reached) { answers = own; reached = walk(own); }
    previous = current;
    current = answers;
    const { steps, id, node } = reached;
    stepEl.innerHTML = node.type === 'question' ? questionHTML(id, node) : outcomeHTML(id, node, steps, answers);
    back.href = answers.length ? `#${name(answers.slice(0, -1))}` : data.startURL;
    root.classList.remove('recorded');
    enhance();
    if (node.type === 'question' && previous.length > answers.length && same(previous.slice(0, answers.length), answers)) {
      const radio = stepEl.querySelector(`#answer-${previous[answers.length]}`);
      if (radio) radio.checked = true;
    }
    const heading = stepEl.querySelector('[data-wizard-heading]');
    document.title = heading.textContent + data.titleSuffix;
    status.textContent = node.type === 'question' ? `Question ${answers.length + 1}: ${node.text}` : `Outcome: ${node.title}`;
    if (moveFocus) heading.focus();
  }

  function enhance() {
    stepEl.querySelectorAll('[data-js]').forEach((el) => { el.hidden = false; });
    stepEl.querySelectorAll('[data-no-js]').forEach((el) => { el.hidden = true; });
    stepEl.querySelectorAll('[data-record-field]').forEach((el) => { el.value = typed[el.dataset.recordField]; });
  }

  function go(answers) {
    history.pushState(null, '', `#${name(answers)}`);
    show(answers, true);
  }

  function showError() {
    const summary = stepEl.querySelector('[data-error-summary]');
    const fieldset = stepEl.querySelector('fieldset');
    summary.hidden = false;
    stepEl.querySelector('[data-error-message]').hidden = false;
    stepEl.querySelector('[data-form-group]').classList.add('form-group--error');
    fieldset.setAttribute('aria-describedby', `${fieldset.getAttribute('aria-describedby') || ''} question-error`.trim());
    if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`;
    summary.focus();
  }

  function recordText() {
    const { steps, node } = walk(current);
    const when = new Date().toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
    return [
      'Decision record', '',
      `Briefing: ${data.briefing}`,
      `Decision aid: ${data.title} (flowchart version ${data.version})`,
      `Recorded: ${when}`, '',
      'Questions and answers:',
      ...steps.map((s, i) => `${i + 1}. ${s.node.text}\n   Answer: ${s.answer.label}`), '',
      `Outcome: ${node.title}`, '',
      'Reasons:', typed.reasons.trim() || '(none written)', '',
      'Shared with, or advice asked of:', typed.sharedWith.trim() || '(none written)', '',
    ].join('\n');
  }

  function writeRecord() {
    const pre = stepEl.querySelector('[data-record-text]');
    if (!pre) return '';
    const text = recordText();
    pre.textContent = text;
    root.classList.add('recorded');
    return text;
  }

  function say(message) {
    const el = stepEl.querySelector('[data-record-status]');
    el.textContent = '';
    setTimeout(() => { el.textContent = message; }, 50);
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      say('The record has been copied. Paste it where you keep case notes.');
    } catch (error) {
      say('Your browser did not allow copying. Use Download record or Print record instead.');
    }
  }

  function download(text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${data.id}-decision-record.txt`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(`The record has been downloaded as ${link.download}.`);
  }

  stepEl.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = stepEl.querySelector('input[name="answer"]:checked');
    if (chosen) go([...current, Number(chosen.value)]); else showError();
  });
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#"]');
    const action = event.target.closest('[data-record-action]');
    if (link && /^#a(-|$)/.test(link.getAttribute('href'))) {
      event.preventDefault();
      go(parse(link.getAttribute('href').slice(2)));
    } else if (link && link.closest('[data-error-summary]')) {
      event.preventDefault();
      const input = document.getElementById(link.getAttribute('href').slice(1));
      input.focus();
      stepEl.querySelector('legend').scrollIntoView();
    } else if (action) {
      const text = writeRecord();
      if (action.dataset.recordAction === 'print') window.print();
      else if (action.dataset.recordAction === 'copy') copy(text);
      else download(text);
    }
  });
  stepEl.addEventListener('input', (event) => {
    const field = event.target.dataset.recordField;
    if (field) typed[field] = event.target.value;
  });
  window.addEventListener('beforeprint', writeRecord);
  window.addEventListener('popstate', () => show(fromHash() || own, true));

  const start = fromHash();
  if (start && !same(start, own)) show(start, false); else enhance();
})();
