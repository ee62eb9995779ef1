// Helpers every component test uses, written once (imported as '@cpqb2b/lwc-test-utils').
import { createElement } from 'lwc';

/** Resolves after pending promises and re-renders have run. */
export const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Creates a component, sets its public properties and attaches it to the document. */
export function mountComponent(tagName, componentClass, props = {}) {
    const element = createElement(tagName, { is: componentClass });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

/** Removes every component a test attached. */
export function resetDom() {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
}
