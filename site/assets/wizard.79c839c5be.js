/* The decision aid without page loads (each step is also a static page for when this does not
   run). The flowchart comes from the aid's data file (window.briefingWizard, loaded just before
   this script), which holds each question's and outcome's markup as the wizard's partials render
   it; the answers so far go in the URL hash (#a-1-2), never anything typed. Nothing is stored or
   sent. */
(() => {
  'use strict';
  const root = document.querySelector('[data-wizard]');
  const data = window.briefingWizard;
  if (!root || !data || !window.history.pushState) return;
  const stepEl = root.querySelector('[data-wizard-step]');
  const status = root.querySelector('[data-wizard-status]');
  const unknown = root.querySelector('[data-wizard-unknown]');
  const back = document.querySelector('[data-wizard-back]');
  const parse = (text) => text ? text.split('-').filter(Boolean).map(Number) : [];
  const own = parse(root.dataset.answers);
  const typed = { reasons: '', sharedWith: '' };
  let current = own;
  let previous = [];

  const name = (answers) => ['a', ...answers].join('-');
  const fromHash = () => (/^#a(-[1-9][0-9]*)*$/.test(location.hash) ? parse(location.hash.slice(2)) : null);
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  /* The partials' markup, parsed inert in a <template> and taken out of it. */
  const markup = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };

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
    return data.nodes[id] ? { steps, node: data.nodes[id] } : null;
  }

  /* Shows the step the answers reach (or the page's own). */
  function show(answers, moveFocus) {
    let reached = walk(answers);
    if (!reached) { answers = own; reached = walk(own); }
    previous = current;
    current = answers;
    const { steps, node } = reached;
    stepEl.replaceChildren(markup(node.html));
    const given = stepEl.querySelector('[data-wizard-answers]');
    if (given) {
      steps.forEach((s, i) => {
        const row = markup(s.answer.rowHTML);
        row.querySelectorAll('[data-wizard-change]').forEach((a) => { a.href = `#${name(answers.slice(0, i))}`; });
        given.append(row);
      });
    }
    back.href = answers.length ? `#${name(answers.slice(0, -1))}` : data.startURL;
    root.classList.remove('recorded');
    unknown.hidden = true;
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

  /* Shows the step the address's hash names; a hash like #a-9-9 that names no step is said. */
  function showAddress(moveFocus, onLoad) {
    const stepHash = /^#a(-|$)/.test(location.hash);
    if (!onLoad && location.hash && !stepHash) return; /* a link within the page, such as the skip link */
    const answers = fromHash();
    const known = answers && walk(answers) ? answers : null;
    if (!onLoad) show(known || own, moveFocus);
    else if (known && !same(known, own)) show(known, moveFocus);
    else enhance();
    if (!known && stepHash) {
      unknown.hidden = false;
      unknown.querySelector('[data-wizard-unknown-name]').textContent = location.hash;
    }
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
  window.addEventListener('popstate', () => showAddress(true, false));

  showAddress(false, true);
})();
