"""JavaScript shared by the gates that look inside a page."""

#: Defines `describe(el)`: a short CSS-like path naming an element in findings,
#: e.g. `main#main > div.too-wide`. Prefix it to a function body passed to `page.evaluate`.
DESCRIBE = r"""
const describe = (el) => {
  const name = (node) => {
    let text = node.localName;
    if (node.id) return text + '#' + node.id;
    const classes = [...node.classList].slice(0, 2);
    if (classes.length) text += '.' + classes.join('.');
    const href = node.getAttribute && node.getAttribute('href');
    if (href) text += `[href="${href}"]`;
    return text;
  };
  const parts = [];
  for (let node = el; node && node.nodeType === 1 && parts.length < 3; node = node.parentElement) {
    parts.unshift(name(node));
    if (node.id || node.localName === 'body') break;
  }
  return parts.join(' > ');
};
"""


def script(body: str) -> str:
    """An arrow function for `page.evaluate` whose body can call `describe(el)`."""
    return f"(arg) => {{ {DESCRIBE}\n{body} }}"
