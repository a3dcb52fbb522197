/* "Record this session": writes what is typed, with the briefing, its edition and each
   flowchart's version, as plain text to print, copy or download. Nothing is sent or stored:
   the text lives in this page only, and nothing goes into the address. */
(() => {
  'use strict';
  const root = document.querySelector('[data-delivery-record]');
  if (!root) return;
  const status = root.querySelector('[data-record-status]');

  function recordText() {
    const about = [...root.querySelectorAll('[data-record-about]')].map((el) => `${el.dataset.recordAbout}: ${el.textContent.trim()}`);
    const fields = [...root.querySelectorAll('[data-record-field]')].map((el) =>
      `${el.dataset.recordField}:\n${el.value.trim() || '(not filled in)'}`);
    return ['Record of a 7-minute briefing session', '', ...about, '', fields.join('\n\n'), ''].join('\n');
  }

  function writeRecord() {
    const text = recordText();
    root.querySelector('[data-record-text]').textContent = text;
    root.classList.add('recorded');
    return text;
  }

  function say(message) {
    status.textContent = '';
    setTimeout(() => { status.textContent = message; }, 50);
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      say('The record has been copied.');
    } catch (error) {
      say('Your browser did not allow copying. Use Download record or Print record instead.');
    }
  }

  function download(text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${root.dataset.slug}-session-record.txt`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(`The record has been downloaded as ${link.download}.`);
  }

  root.addEventListener('click', (event) => {
    const action = event.target.closest('[data-record-action]');
    if (!action) return;
    const text = writeRecord();
    if (action.dataset.recordAction === 'print') window.print();
    else if (action.dataset.recordAction === 'copy') copy(text);
    else download(text);
  });
  // The short fields are textareas so that a long answer prints in full (delivery-record.css),
  // but each is one line, as a text field is: Enter (or a phone's return key) starts no new
  // line, and a line break pasted or dropped in becomes a space. Enter while an input method is
  // composing text is the method's, and is left alone.
  root.addEventListener('beforeinput', (event) => {
    const breaksLine = event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph';
    if (breaksLine && event.target.matches('.textarea--line')) event.preventDefault();
  });
  function oneLine(field) {
    if (!/[\r\n]/.test(field.value)) return;
    const joined = (text) => text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');
    const before = joined(field.value.slice(0, field.selectionEnd));
    field.value = before + joined(field.value.slice(field.selectionEnd));
    field.setSelectionRange(before.length, before.length);
  }
  root.addEventListener('input', (event) => {
    if (event.target.matches('.textarea--line')) oneLine(event.target);
    root.classList.remove('recorded');
  });
  window.addEventListener('beforeprint', writeRecord);
  root.querySelectorAll('[data-js]').forEach((el) => { el.hidden = false; });
  root.querySelectorAll('[data-no-js]').forEach((el) => { el.hidden = true; });
})();
