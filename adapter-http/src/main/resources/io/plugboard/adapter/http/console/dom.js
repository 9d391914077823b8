// Builds elements from data with textContent only: names and tags full of HTML stay text.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function show(main, ...nodes) {
  main.replaceChildren(...nodes);
}

export function status(text) {
  return el('p', { class: 'status', role: 'status', 'aria-live': 'polite', text });
}

export function alert(text) {
  return el('p', { class: 'error', role: 'alert', text });
}
