import { api, ApiError, credentials, signIn, signOut } from './api.js';
import { el, show, status, alert } from './dom.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  location.hash = '#/signin';
});

window.addEventListener('hashchange', route);
route();

function route() {
  const signedIn = credentials() !== null;
  nav.hidden = !signedIn;
  const [, view, argument] = location.hash.replace(/^#/, '').split('/');
  if (!signedIn && view !== 'signin') {
    location.hash = '#/signin';
    return;
  }
  const views = { signin: signInView, catalog: catalogView, authenticate: authenticateView,
    instances: argument ? instanceView : instancesView };
  (views[view] || catalogView)(argument ? decodeURIComponent(argument) : undefined);
  main.focus();
}

function heading(text) {
  document.title = `${text} · Plugboard console`;
  return el('h1', { text });
}

/** Runs a request with a visible loading state, and shows its failure in words. */
async function loading(container, message, work) {
  const busy = status(message);
  container.setAttribute('aria-busy', 'true');
  container.append(busy);
  try {
    return await work();
  } finally {
    busy.remove();
    container.removeAttribute('aria-busy');
  }
}

function failure(error) {
  if (error instanceof ApiError && error.status === 401) {
    signOut();
    location.hash = '#/signin';
  }
  return alert(error.message);
}

// Sign in

function signInView() {
  const message = el('div');
  const user = el('input', { id: 'user-secret', name: 'user-secret', type: 'password', autocomplete: 'off', required: true });
  const organization = el('input', { id: 'org-secret', name: 'org-secret', type: 'password', autocomplete: 'off', required: true });
  const submit = el('button', { type: 'submit', text: 'Sign in' });
  const form = el('form', { class: 'card narrow', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    message.replaceChildren();
    const secrets = { userSecret: user.value.trim(), organizationSecret: organization.value.trim() };
    if (!secrets.userSecret || !secrets.organizationSecret) {
      message.append(alert('Enter both your user secret and your organization secret.'));
      return;
    }
    submit.disabled = true;
    try {
      await loading(message, 'Signing in…', () => api.checkCredentials(secrets));
      signIn(secrets.userSecret, secrets.organizationSecret);
      location.hash = '#/catalog';
    } catch (error) {
      message.append(alert(error.message));
    } finally {
      submit.disabled = false;
    }
  } },
  el('p', { text: 'Sign in with the secrets of your Authorization header. They are kept in this tab only, '
      + 'and forgotten when you sign out or close it.' }),
  field('User secret', user),
  field('Organization secret', organization),
  message,
  submit);
  show(main, heading('Sign in'), form);
  user.focus();
}

function field(label, input, hint) {
  const hintNode = hint ? el('p', { class: 'hint', id: `${input.id}-hint`, text: hint }) : null;
  if (hintNode) input.setAttribute('aria-describedby', hintNode.id);
  return el('div', { class: 'field' }, el('label', { for: input.id, text: label }), input, hintNode);
}

// Catalog

async function catalogView() {
  const filter = el('input', { id: 'catalog-filter', type: 'search', autocomplete: 'off',
    placeholder: 'Mixpanel, crm, oauth2…' });
  const list = el('ul', { class: 'catalog', 'aria-label': 'Connectors' });
  const count = el('p', { class: 'hint', 'aria-live': 'polite' });
  show(main, heading('Catalog'), field('Filter connectors', filter), count, list);
  try {
    const elements = await loading(main, 'Loading the catalog…', () => api.elements());
    const render = () => {
      const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      const shown = elements.filter((element) => words.every((word) =>
        [element.name, element.key, element.hub, element.authentication.type].join(' ').toLowerCase().includes(word)));
      list.replaceChildren(...shown.map(catalogCard));
      count.textContent = `${shown.length} of ${elements.length} connectors`;
    };
    filter.addEventListener('input', render);
    render();
  } catch (error) {
    main.append(failure(error));
  }
}

function catalogCard(element) {
  return el('li', { class: 'card element', 'data-key': element.key },
    el('h2', { text: element.name }),
    el('p', { class: 'meta' },
      el('span', { class: 'badge', text: element.hub }), ' ',
      el('span', { class: 'badge', text: element.authentication.type })),
    el('a', { class: 'button', href: `#/authenticate/${encodeURIComponent(element.key)}`,
      'aria-label': `Authenticate ${element.name}`, text: 'Authenticate' }));
}

// Authenticate: the form comes from the element's configuration definitions.

async function authenticateView(key) {
  show(main, heading('Authenticate'));
  let element;
  try {
    element = await loading(main, 'Loading the connector…', () => api.element(key));
  } catch (error) {
    main.append(failure(error));
    return;
  }
  main.firstChild.replaceWith(heading(`Authenticate ${element.name}`));
  const inputs = new Map();
  const name = el('input', { id: 'instance-name', name: 'name', type: 'text', maxlength: 255, 'aria-required': 'true' });
  const tags = el('input', { id: 'instance-tags', name: 'tags', type: 'text' });
  const summary = el('div');
  const definitions = element.configuration.filter((definition) => !definition.hideFromConsole)
    .sort((a, b) => a.displayOrder - b.displayOrder);
  const configurationFields = definitions.map((definition) => {
    const input = configurationInput(definition);
    inputs.set(definition.key, { definition, input });
    const label = definition.name + (definition.required ? ' (required)' : '');
    const hint = definition.description && definition.description !== definition.name ? definition.description : null;
    return fieldWithError(label, input, `configuration.${definition.key}`, hint);
  });
  const submit = el('button', { type: 'submit', text: 'Authenticate' });
  const form = el('form', { class: 'card', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    clearErrors(form, summary);
    const configuration = {};
    for (const [configKey, { definition, input }] of inputs) {
      if (definition.type === 'BOOLEAN' || definition.type === 'BOOLEAN_YESNO') {
        configuration[configKey] = input.checked;
      } else if (input.value !== '') {
        configuration[configKey] = input.value;
      }
    }
    const body = { element: { key: element.key }, name: name.value, configuration };
    if (tags.value.trim()) body.tags = tags.value.split(',').map((tag) => tag.trim()).filter(Boolean);
    submit.disabled = true;
    try {
      const created = await loading(summary, 'Authenticating…', () => api.createInstance(body));
      showToken(element, created);
    } catch (error) {
      showErrors(form, summary, error);
    } finally {
      submit.disabled = false;
    }
  } },
  fieldWithError('Instance name (required)', name, 'name', 'A name for this connection, such as "API Instance".'),
  ...configurationFields,
  fieldWithError('Tags', tags, 'tags', 'Optional, separated by commas. Without tags, the name is used as one.'),
  summary,
  el('div', { class: 'actions' }, submit, el('a', { href: '#/catalog', text: 'Cancel' })));
  main.append(form);
  name.focus();
}

function configurationInput(definition) {
  const id = `config-${definition.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const common = { id, name: definition.key, 'aria-required': definition.required ? 'true' : false };
  switch (definition.type) {
    case 'PASSWORD':
      return el('input', { ...common, type: 'password', autocomplete: 'off' });
    case 'BOOLEAN':
    case 'BOOLEAN_YESNO': {
      const box = el('input', { ...common, type: 'checkbox' });
      box.checked = ['true', 'yes'].includes(String(definition.defaultValue).toLowerCase());
      return box;
    }
    case 'COMBO': {
      const select = el('select', common,
        definition.required ? null : el('option', { value: '', text: '(none)' }),
        ...(definition.options || []).map((option) => el('option', { value: option.value, text: option.description })));
      if (definition.defaultValue) select.value = definition.defaultValue;
      return select;
    }
    case 'TEXTAREA':
      return el('textarea', { ...common, rows: 4 });
    default: {
      const input = el('input', { ...common, type: 'text', maxlength: (definition.type.match(/\d+$/) || [null])[0] });
      if (definition.defaultValue) input.value = definition.defaultValue;
      return input;
    }
  }
}

function fieldWithError(label, input, fieldPath, hint) {
  const error = el('p', { class: 'field-error', id: `${input.id}-error`, 'data-field': fieldPath, hidden: true });
  const hintNode = hint ? el('p', { class: 'hint', id: `${input.id}-hint`, text: hint }) : null;
  input.setAttribute('aria-describedby', [hintNode && hintNode.id, error.id].filter(Boolean).join(' '));
  const labelNode = el('label', { for: input.id, text: label });
  const wrapper = input.type === 'checkbox'
    ? el('div', { class: 'field checkbox' }, input, labelNode, hintNode, error)
    : el('div', { class: 'field' }, labelNode, input, hintNode, error);
  return wrapper;
}

function clearErrors(form, summary) {
  summary.replaceChildren();
  for (const error of form.querySelectorAll('.field-error')) {
    error.hidden = true;
    error.textContent = '';
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

function showErrors(form, summary, error) {
  summary.append(failure(error));
  let first = null;
  for (const problem of error.errors || []) {
    const slot = [...form.querySelectorAll('.field-error')].find((node) => node.dataset.field === problem.field
      || problem.field.startsWith(`${node.dataset.field}[`));
    if (slot) {
      slot.textContent = problem.message;
      slot.hidden = false;
      const input = document.getElementById(slot.id.replace(/-error$/, ''));
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        first = first || input;
      }
    } else {
      summary.append(alert(`${problem.field}: ${problem.message}`));
    }
  }
  if (first) first.focus();
}

function showToken(element, created) {
  const token = el('code', { id: 'instance-token', text: created.token });
  const copied = el('span', { class: 'hint', role: 'status', 'aria-live': 'polite' });
  const copy = el('button', { type: 'button', text: 'Copy token', onclick: async () => {
    try {
      await navigator.clipboard.writeText(created.token);
      copied.textContent = 'Copied.';
    } catch (denied) {
      const range = document.createRange();
      range.selectNodeContents(token);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      copied.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  } });
  show(main, heading(`${element.name} is authenticated`),
    el('div', { class: 'card' },
      el('p', { class: 'warning', role: 'alert', text: 'Save the token and id now for all future requests using '
          + 'this connector instance: the token is shown only this once.' }),
      el('dl', {},
        el('dt', { text: 'Instance id' }), el('dd', {}, el('code', { id: 'instance-id', text: String(created.id) })),
        el('dt', { text: 'Token' }), el('dd', {}, token)),
      el('div', { class: 'actions' }, copy, copied),
      el('p', {}, el('a', { href: '#/instances', text: 'See your instances' }))));
  copy.focus();
}

// Instances

async function instancesView() {
  show(main, heading('Instances'));
  try {
    const instances = await loading(main, 'Loading your instances…', () => api.instances());
    if (instances.length === 0) {
      main.append(el('p', {}, 'No instances yet. ', el('a', { href: '#/catalog', text: 'Authenticate a connector' }), '.'));
      return;
    }
    const rows = instances.map((instance) => el('tr', { 'data-id': instance.id },
      el('th', { scope: 'row' }, el('a', { href: `#/instances/${instance.id}`, text: instance.name })),
      el('td', { text: instance.element.name }),
      el('td', { text: instance.tags.join(', ') }),
      el('td', {}, el('time', { datetime: instance.createdDate, text: instance.createdDate.replace('T', ' ').replace('Z', ' UTC') })),
      el('td', { text: instance.valid ? 'yes' : 'no' }),
      el('td', { text: instance.disabled ? 'yes' : 'no' })));
    main.append(el('div', { class: 'table-scroll' }, el('table', { class: 'instances' },
      el('caption', { text: `${instances.length} instance${instances.length === 1 ? '' : 's'} of your organization` }),
      el('thead', {}, el('tr', {}, ...['Name', 'Connector', 'Tags', 'Created', 'Valid', 'Disabled']
        .map((title) => el('th', { scope: 'col', text: title })))),
      el('tbody', {}, ...rows))));
  } catch (error) {
    main.append(failure(error));
  }
}

async function instanceView(id) {
  show(main, heading('Instance'));
  let instance;
  try {
    instance = await loading(main, 'Loading the instance…', () => api.instance(id));
  } catch (error) {
    main.append(failure(error));
    return;
  }
  main.firstChild.replaceWith(heading(instance.name));
  const configuration = Object.entries(instance.configuration).flatMap(([key, value]) =>
    [el('dt', { text: key }), el('dd', {}, el('code', { text: value }))]);
  const message = el('div');
  const confirmDialog = el('dialog', { id: 'confirm-delete', 'aria-labelledby': 'confirm-title' },
    el('h2', { id: 'confirm-title', text: `Delete "${instance.name}"?` }),
    el('p', { text: 'Its token stops working at once. This cannot be undone.' }),
    el('form', { method: 'dialog', class: 'actions' },
      el('button', { value: 'delete', class: 'danger', text: 'Delete' }),
      el('button', { value: 'cancel', text: 'Keep it', autofocus: true })));
  confirmDialog.addEventListener('close', async () => {
    if (confirmDialog.returnValue !== 'delete') return;
    try {
      await loading(message, 'Deleting…', () => api.deleteInstance(instance.id));
      location.hash = '#/instances';
    } catch (error) {
      message.append(failure(error));
    }
  });
  main.append(el('div', { class: 'card' },
    el('dl', {},
      el('dt', { text: 'Id' }), el('dd', { text: String(instance.id) }),
      el('dt', { text: 'Connector' }), el('dd', { text: `${instance.element.name} (${instance.element.key})` }),
      el('dt', { text: 'Tags' }), el('dd', { text: instance.tags.join(', ') || '(none)' }),
      el('dt', { text: 'Created' }), el('dd', { text: instance.createdDate }),
      el('dt', { text: 'Valid' }), el('dd', { text: instance.valid ? 'yes' : 'no' }),
      el('dt', { text: 'Disabled' }), el('dd', { text: instance.disabled ? 'yes' : 'no' })),
    el('h2', { text: 'Configuration' }),
    el('p', { class: 'hint', text: 'Secret values are never shown again after they are accepted.' }),
    el('dl', { class: 'configuration' }, ...configuration),
    message,
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'danger', id: 'delete-instance', text: 'Delete instance',
        onclick: () => confirmDialog.showModal() }),
      el('a', { href: '#/instances', text: 'Back to instances' }))),
  confirmDialog);
}
