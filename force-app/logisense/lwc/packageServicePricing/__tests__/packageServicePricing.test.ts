import PackageServicePricing, { parseRow, valueError } from 'c/packageServicePricing';
import getServices from '@salesforce/apex/PackageServicePricingController.getServices';
import save from '@salesforce/apex/PackageServicePricingController.save';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';
import type { PackageServicesView } from '../../../../../types/logisense';

jest.mock(
    '@salesforce/apex/PackageServicePricingController.getServices',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock('@salesforce/apex/PackageServicePricingController.save', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockGetServices = getServices as unknown as jest.Mock;
const mockSave = save as unknown as jest.Mock;
const LINE = '00k000000000001AAA';

function view(): PackageServicesView {
    return {
        frequency: 'Monthly',
        unknownFrequency: null,
        billableState: 'Active',
        canEdit: true,
        productName: 'IoT Starter',
        rows: [
            {
                id: 'a1P000000000001AAA',
                name: 'Device Connectivity',
                quantity: 1,
                minimum: 1,
                maximum: 10,
                recurring: 10,
                oneTime: 25,
                estimatedUsage: 0,
                statePrices: '{"Active":10,"Suspended":2}',
                transitions: '[{"from":"Inventory","to":"Delivered","amount":5}]',
                usageTiers:
                    '[{"start":0,"end":1000,"rate":0.01},{"start":1000,"end":null,"rate":0.005}]',
                defaults: JSON.stringify({
                    quantity: 1,
                    recurring: 10,
                    oneTime: 25,
                    estimatedUsage: 0,
                    statePrices: { Suspended: 2 },
                    transitions: [5],
                    tierRates: [0.01, 0.005]
                }),
                stamp: '2026-12-01T10:00:00.000Z'
            },
            {
                id: 'a1P000000000002AAA',
                name: 'Data Plan',
                quantity: 2,
                minimum: 0,
                maximum: null,
                recurring: 4.5,
                oneTime: 0,
                estimatedUsage: 0,
                statePrices: '{"Active":4.5}',
                transitions: '[]',
                usageTiers: '[]',
                defaults: '{"quantity":2,"recurring":4.5,"oneTime":0,"estimatedUsage":0}',
                stamp: '2026-12-01T10:00:01.000Z'
            }
        ]
    };
}

const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as any;
const $$ = (element: HTMLElement, selector: string) =>
    Array.from(element.shadowRoot!.querySelectorAll(selector)) as any[];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(props: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = mountComponent('c-package-service-pricing', PackageServicePricing, {
        recordId: LINE,
        ...props
    });
    await flushPromises();
    return element;
}

async function type(element: HTMLElement, selector: string, row: number, value: string) {
    const input = $$(element, `lightning-input.${selector}`)[row];
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
}

describe('c-package-service-pricing', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
        sessionStorage.clear();
    });

    it('lists the services with the totals of their charges', async () => {
        mockGetServices.mockResolvedValue(view());
        const element = await mount();

        expect(mockGetServices).toHaveBeenCalledWith({ opportunityProductId: LINE });
        expect($$(element, 'tbody tr')).toHaveLength(2);
        expect($$(element, 'button.toggle')).toHaveLength(1); // Data Plan has no other charges
        expect($$(element, 'lightning-input.quantity')[1].label).toBe(
            'c.Package_Pricing_Quantity: Data Plan'
        );
        // 1 x 10 + 2 x 4.50 recurring; 1 x (25 + 5) one-time.
        expect(text($(element, 'dd.period'))).toBe('19.00');
        expect(text($(element, 'dd.oneTime'))).toBe('30.00');
        expect($(element, 'lightning-button.save').disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('updates the totals as a cell changes', async () => {
        mockGetServices.mockResolvedValue(view());
        const element = await mount();

        await type(element, 'quantity', 0, '3');
        await type(element, 'estimatedUsage', 0, '500');

        expect(text($(element, 'dd.period'))).toBe('39.00');
        // 500 MB in the first tier at 0.01, for 3 instances.
        expect(text($(element, 'dd.usage'))).toBe('15.00');
        expect(text($$(element, 'td.row-total')[0])).toBe('30.00');
        expect($(element, 'lightning-button.save').disabled).toBe(false);
    });

    it('says at the cell what is wrong, and keeps Save off', async () => {
        mockGetServices.mockResolvedValue(view());
        const element = await mount();

        await type(element, 'recurring', 0, '-1');
        expect(text($(element, '.cell-error'))).toBe('c.Package_Pricing_Negative');
        expect($(element, 'lightning-button.save').disabled).toBe(true);
        await type(element, 'recurring', 0, '10.125');
        expect(text($(element, '.cell-error'))).toBe('c.Package_Pricing_Decimals');
        await type(element, 'recurring', 0, '11');
        await type(element, 'quantity', 0, '11');
        expect(text($(element, '.cell-error'))).toBe('c.Package_Pricing_Range');
        await type(element, 'quantity', 0, '');
        expect(text($(element, '.cell-error'))).toBe('c.Package_Pricing_Blank');
        expect(text($(element, 'dd.period'))).toBe('9.00'); // a cell being typed counts as 0
    });

    it('resets a row, or the whole package, to the catalogue', async () => {
        mockGetServices.mockResolvedValue(view());
        const element = await mount();
        await type(element, 'recurring', 0, '20');
        await type(element, 'recurring', 1, '9');
        expect(text($(element, 'dd.period'))).toBe('38.00');

        $$(element, 'lightning-button-icon.reset')[0].click();
        await flushPromises();
        expect(text($(element, 'dd.period'))).toBe('28.00');
        $(element, 'lightning-button.reset-all').click();
        await flushPromises();
        expect(text($(element, 'dd.period'))).toBe('19.00');
    });

    it('saves exactly the edited rows with their stamps, then reloads', async () => {
        mockGetServices.mockResolvedValue(view());
        mockSave.mockResolvedValue(25.5);
        const element = await mount();
        const toasts: Array<{ variant: string }> = [];
        element.addEventListener('lightning__showtoast', (event: Event) =>
            toasts.push((event as CustomEvent).detail)
        );
        const refreshed = jest.fn();
        element.addEventListener('lightning__refresh', refreshed);
        await type(element, 'recurring', 1, '8.25');

        $(element, 'lightning-button.save').click();
        await flushPromises();

        expect(mockSave).toHaveBeenCalledWith({
            opportunityProductId: LINE,
            edits: [
                {
                    id: 'a1P000000000002AAA',
                    quantity: 2,
                    recurring: 8.25,
                    oneTime: 0,
                    estimatedUsage: 0,
                    statePrices: {},
                    transitions: [],
                    tierRates: [],
                    stamp: '2026-12-01T10:00:01.000Z'
                }
            ]
        });
        expect(toasts[0].variant).toBe('success');
        expect(refreshed).toHaveBeenCalled(); // the opportunity's totals are refreshed
        expect(mockGetServices).toHaveBeenCalledTimes(2);
    });

    it("shows why a save was refused in the server's words, and reloads keeping the edits", async () => {
        mockGetServices.mockResolvedValue(view());
        mockSave.mockRejectedValue({
            body: { message: 'Someone saved Device Connectivity since you opened it' }
        });
        const element = await mount();
        await type(element, 'recurring', 1, '8');
        await type(element, 'recurring', 0, '11');
        $(element, 'lightning-button.save').click();
        await flushPromises();

        expect($(element, 'c-error-panel').friendlyMessage).toBe(
            'Someone saved Device Connectivity since you opened it'
        );
        expect(text($(element, 'dd.period'))).toBe('27.00');

        const overtaken = view();
        overtaken.rows[0].stamp = '2026-12-01T11:00:00.000Z#1';
        overtaken.rows[0].recurring = 12;
        mockGetServices.mockResolvedValue(overtaken);
        $(element, 'lightning-button.reload').click();
        await flushPromises();
        expect($(element, 'c-error-panel')).toBeNull();
        // Theirs for the service they saved (12.00), mine kept for the other (2 x 8.00).
        expect(text($(element, 'dd.period'))).toBe('28.00');
        expect($(element, '.draft-dropped')).not.toBeNull();
    });

    it('is read-only for a rep who may not edit', async () => {
        mockGetServices.mockResolvedValue({ ...view(), canEdit: false });
        const element = await mount();

        expect($(element, '.read-only')).not.toBeNull();
        expect($$(element, 'lightning-input').every((input) => input.disabled)).toBe(true);
        expect($(element, 'lightning-button.save')).toBeNull();
        expect($(element, 'lightning-button.reset-all')).toBeNull();
        expect($(element, 'lightning-button-icon.reset')).toBeNull();
        expect(text($(element, 'dd.period'))).toBe('19.00'); // the totals still show
        await expect(element).toBeAccessible();
    });

    it('shows the product picked last, whatever order the answers come in', async () => {
        let first: (value: PackageServicesView) => void = () => undefined;
        mockGetServices.mockReturnValueOnce(new Promise((resolve) => (first = resolve)));
        const second = { ...view(), productName: 'IoT Pro' };
        mockGetServices.mockResolvedValueOnce(second);
        const element = await mount();
        (element as any).recordId = '00k000000000002AAA';
        await flushPromises();

        first({ ...view(), productName: 'IoT Starter' });
        await flushPromises();
        expect(text($(element, 'h2'))).toContain('IoT Pro');
    });

    it('keeps the next product apart from a save still running for the last one', async () => {
        mockGetServices.mockResolvedValue(view());
        let refuse: (error: unknown) => void = () => undefined;
        mockSave.mockReturnValue(new Promise((_resolve, reject) => (refuse = reject)));
        const element = await mount();
        // The next product has a draft of its own from earlier in the session.
        const next = '00k000000000002AAA';
        const kept = { ...view().rows[1], recurring: 6 };
        sessionStorage.setItem(
            `c-package-service-pricing:${next}`,
            JSON.stringify({
                edits: {
                    [kept.id]: {
                        quantity: 2,
                        recurring: 6,
                        oneTime: 0,
                        estimatedUsage: 0,
                        statePrices: {},
                        transitions: [],
                        tierRates: []
                    }
                },
                stamps: { [kept.id]: kept.stamp }
            })
        );
        await type(element, 'recurring', 0, '11');
        $(element, 'lightning-button.save').click();
        await flushPromises();

        (element as any).recordId = next;
        await flushPromises();
        refuse({ body: { message: 'Someone saved Device Connectivity since you opened it' } });
        await flushPromises();

        expect($(element, 'c-error-panel')).toBeNull(); // the last product's refusal stays with it
        expect($(element, '.draft')).not.toBeNull(); // the next product's own draft is back
        expect(text($(element, 'dd.period'))).toBe('22.00'); // 1 x 10.00 + 2 x 6.00
    });

    it('shows a service whose charges cannot be read, without them', () => {
        const damaged = { ...view().rows[0], usageTiers: '[{"start":0,', statePrices: 'x' };
        const parsed = parseRow(damaged, 'Active');
        expect(parsed.tiers).toEqual([]);
        expect(parsed.states).toEqual([]);
        expect(parsed.transitions).toHaveLength(1);
    });

    it('asks before closing with unsaved changes', async () => {
        mockGetServices.mockResolvedValue(view());
        const element = await mount();
        const closed = jest.fn();
        element.addEventListener('close', closed);
        await type(element, 'quantity', 1, '3');

        $(element, 'lightning-button.close').click();
        await flushPromises();
        expect(closed).not.toHaveBeenCalled();
        expect($(element, '.unsaved')).not.toBeNull();
        $(element, 'lightning-button.discard').click();
        expect(closed).toHaveBeenCalled();
    });

    it('explains when the services cannot be loaded, and when there are none', async () => {
        mockGetServices.mockRejectedValueOnce({ body: { message: 'no access' } });
        const element = await mount();
        expect($(element, 'c-error-panel').friendlyMessage).toBe('c.Package_Pricing_Load_Error');
        element.remove();
        mockGetServices.mockResolvedValue({ ...view(), rows: [] });
        const empty = await mount();
        expect(text($(empty, '.empty'))).toBe('c.Package_Pricing_Empty');
    });

    it("edits a service's other state prices, state-change charges and usage rates", async () => {
        mockGetServices.mockResolvedValue(view());
        mockSave.mockResolvedValue(19);
        const element = await mount();
        const toggle = $(element, 'button.toggle');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect($(element, 'lightning-input.state')).toBeNull();

        toggle.click();
        await flushPromises();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect($(element, 'tr.charges td').id).toContain(toggle.getAttribute('aria-controls'));
        expect($(element, 'lightning-input.state').label).toBe('c.Package_Pricing_State_Price');
        expect($$(element, 'lightning-input.tier')).toHaveLength(2);
        await expect(element).toBeAccessible();

        await type(element, 'estimatedUsage', 0, '1500');
        // 1,000 MB at 0.01 + 500 MB at 0.005.
        expect(text($(element, 'dd.usage'))).toBe('12.50');
        await type(element, 'tier', 1, '0.0025');
        expect(text($(element, 'dd.usage'))).toBe('11.25');
        await type(element, 'transition', 0, '7.5');
        expect(text($(element, 'dd.oneTime'))).toBe('32.50');
        await type(element, 'state', 0, '1.5');
        expect(text($(element, 'dd.period'))).toBe('19.00'); // only the Active price is billed

        $(element, 'lightning-button.save').click();
        await flushPromises();
        expect(mockSave.mock.calls[0][0].edits).toEqual([
            {
                id: 'a1P000000000001AAA',
                quantity: 1,
                recurring: 10,
                oneTime: 25,
                estimatedUsage: 1500,
                statePrices: { Suspended: 1.5 },
                transitions: [7.5],
                tierRates: [0.01, 0.0025],
                stamp: '2026-12-01T10:00:00.000Z'
            }
        ]);
    });

    it('checks the charges under a row and resets them to the catalogue', async () => {
        mockGetServices.mockResolvedValue(view());
        const element = await mount();
        $(element, 'button.toggle').click();
        await flushPromises();

        await type(element, 'tier', 0, '0.00125');
        expect(text($(element, '.cell-error'))).toBe('c.Package_Pricing_Rate_Decimals');
        expect($(element, '.charge-flag')).not.toBeNull(); // seen with the row folded too
        expect($(element, 'lightning-button.save').disabled).toBe(true);
        await type(element, 'tier', 0, '0.0125');
        await type(element, 'transition', 0, '5.001');
        expect(text($(element, '.cell-error'))).toBe('c.Package_Pricing_Decimals');
        await type(element, 'state', 0, '-2');
        expect(text($$(element, '.cell-error')[0])).toBe('c.Package_Pricing_Negative');

        $$(element, 'lightning-button-icon.reset')[0].click();
        await flushPromises();
        expect($(element, '.cell-error')).toBeNull();
        expect($(element, 'lightning-input.state').value).toBe(2);
        expect($(element, 'lightning-input.transition').value).toBe(5);
        expect($$(element, 'lightning-input.tier').map((input) => input.value)).toEqual([
            0.01, 0.005
        ]);
    });

    it('keeps unsaved changes through a closed modal, and drops those a save overtook', async () => {
        mockGetServices.mockResolvedValue(view());
        const first = await mount();
        await type(first, 'recurring', 0, '12');
        await type(first, 'recurring', 1, '5');
        first.remove(); // the modal's X: no Close handler runs

        const later = view();
        later.rows[1].stamp = '2026-12-01T11:00:00.000Z'; // someone saved Data Plan meanwhile
        mockGetServices.mockResolvedValue(later);
        const again = await mount();
        expect($(again, '.draft')).not.toBeNull();
        expect($(again, '.draft-dropped')).not.toBeNull(); // Data Plan's edit, overtaken
        expect($$(again, 'lightning-input.recurring').map((input) => input.value)).toEqual([
            12, 4.5
        ]);
        expect($(again, 'lightning-button.save').disabled).toBe(false);

        $(again, 'lightning-button.discard-draft').click();
        await flushPromises();
        expect($(again, '.draft')).toBeNull();
        expect($$(again, 'lightning-input.recurring')[0].value).toBe(10);
        again.remove();
        const clean = await mount();
        expect($(clean, '.draft')).toBeNull();
    });

    it('forgets the draft once saved, and locks the cells while saving', async () => {
        mockGetServices.mockResolvedValue(view());
        let finish: (price: number) => void = () => undefined;
        mockSave.mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const element = await mount();
        await type(element, 'quantity', 1, '3');
        $(element, 'lightning-button.save').click();
        await flushPromises();
        expect($$(element, 'lightning-input').every((input) => input.disabled)).toBe(true);

        finish(23.5);
        await flushPromises();
        expect($$(element, 'lightning-input').some((input) => input.disabled)).toBe(false);
        element.remove();
        const reopened = await mount();
        expect($(reopened, '.draft')).toBeNull();
    });

    it('has no Close on the opportunity page, and says when the frequency is unknown', async () => {
        mockGetServices.mockResolvedValue({
            ...view(),
            unknownFrequency: 'Biennial'
        });
        const element = await mount({ embedded: true });
        expect($(element, 'lightning-button.close')).toBeNull();
        expect(text($(element, '.frequency-note'))).toBe('c.Package_Pricing_Frequency_Unknown');
    });

    it('checks values as the server does', () => {
        const row = view().rows[0];
        expect(valueError(row, 'quantity', 2)).toBeNull();
        expect(valueError(row, 'quantity', 2.5)).toBe('c.Package_Pricing_Whole');
        expect(valueError(row, 'oneTime', Number.NaN)).toBe('c.Package_Pricing_Blank');
        expect(valueError(row, 'oneTime', -1)).toBe('c.Package_Pricing_Negative');
        // Lightning leaves a missing maximum out of the row: no upper bound, not "undefined".
        const open = { ...row };
        delete open.maximum;
        expect(valueError(open, 'quantity', 1000)).toBeNull();
        expect(valueError(open, 'quantity', 0)).toBe('c.Package_Pricing_Range');
        expect(valueError(row, 'estimatedUsage', 0.12345)).toBeNull();
        for (const price of [19.99, 1.1, 4.35, 0.29, 1.15]) {
            expect(valueError(row, 'recurring', price)).toBeNull(); // no binary drift
        }
        expect(valueError(row, 'recurring', 19.999)).toBe('c.Package_Pricing_Decimals');
        expect(valueError(row, 'state', 19.999)).toBe('c.Package_Pricing_Decimals');
        expect(valueError(row, 'tier', 0.0029)).toBeNull();
        expect(valueError(row, 'tier', 0.00295)).toBe('c.Package_Pricing_Rate_Decimals');
    });
});
