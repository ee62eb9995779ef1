import InvoicePager from 'c/invoicePager';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';

const mount = (props: Record<string, unknown>): HTMLElement =>
    mountComponent('c-invoice-pager', InvoicePager, props);

describe('c-invoice-pager', () => {
    afterEach(() => {
        resetDom();
    });

    it('disables the way back on the first page and says which page this is', async () => {
        const element = mount({ pageNumber: 1, hasPrevious: false, hasNext: true });
        await flushPromises();

        const previous = element.shadowRoot!.querySelector('lightning-button.previous') as any;
        const next = element.shadowRoot!.querySelector('lightning-button.next') as any;
        expect(previous.disabled).toBe(true);
        expect(next.disabled).toBe(false);
        expect(element.shadowRoot!.querySelector('.page-number')!.textContent).toBe(
            'c.My_Invoices_Page'
        );
        expect(element.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).toBe(
            'c.My_Invoices_Pagination'
        );
        await expect(element).toBeAccessible();
    });

    it('tells the container which way the buyer went', async () => {
        const element = mount({ pageNumber: 2, hasPrevious: true, hasNext: false });
        const previous = jest.fn();
        const next = jest.fn();
        element.addEventListener('previous', previous);
        element.addEventListener('next', next);
        await flushPromises();

        (element.shadowRoot!.querySelector('lightning-button.previous') as HTMLElement).click();
        (element.shadowRoot!.querySelector('lightning-button.next') as HTMLElement).click();

        expect(previous).toHaveBeenCalledTimes(1);
        expect(next).toHaveBeenCalledTimes(1);
        expect((element.shadowRoot!.querySelector('lightning-button.next') as any).disabled).toBe(
            true
        );
    });
});
