import ErrorPanel from 'c/errorPanel';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';

jest.mock(
    '@salesforce/label/c.Error_Panel_Default_Message',
    () => ({ default: 'Something went wrong.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Error_Panel_Show_Details', () => ({ default: 'Show details' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Error_Panel_Hide_Details', () => ({ default: 'Hide details' }), {
    virtual: true
});

const mount = (props: Record<string, unknown>): HTMLElement =>
    mountComponent('c-error-panel', ErrorPanel, props);

describe('c-error-panel', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('shows the default sentence as an alert when no message is given', async () => {
        const element = mount({ errors: { body: { message: 'Insufficient access' } } });
        await flushPromises();

        const alert = element.shadowRoot!.querySelector('[role="alert"]');
        expect(alert).not.toBeNull();
        expect(element.shadowRoot!.querySelector('.friendly-message')!.textContent).toBe(
            'Something went wrong.'
        );
        await expect(element).toBeAccessible();
    });

    it('keeps the details hidden until the buyer asks for them', async () => {
        const element = mount({
            friendlyMessage: 'We could not load your invoices.',
            errors: [{ body: { message: 'Insufficient access' } }, new Error('Timeout')]
        });
        await flushPromises();

        const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('.toggle-details')!;
        expect(element.shadowRoot!.querySelector('.friendly-message')!.textContent).toBe(
            'We could not load your invoices.'
        );
        expect(toggle.textContent!.trim()).toBe('Show details');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        const details = element.shadowRoot!.querySelector<HTMLElement>('.error-details')!;
        expect(details.hidden).toBe(true);
        expect(toggle.getAttribute('aria-controls')).toBe(details.id);

        toggle.click();
        await flushPromises();
        expect(details.hidden).toBe(false);

        const items = Array.from(element.shadowRoot!.querySelectorAll('.error-details li'));
        expect(items.map((li) => li.textContent)).toEqual(['Insufficient access', 'Timeout']);
        expect(toggle.textContent!.trim()).toBe('Hide details');
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        await expect(element).toBeAccessible();
    });

    it('offers no details link when the error carries no message', async () => {
        const element = mount({ errors: {} });
        await flushPromises();

        expect(element.shadowRoot!.querySelector('.toggle-details')).toBeNull();
    });
});
