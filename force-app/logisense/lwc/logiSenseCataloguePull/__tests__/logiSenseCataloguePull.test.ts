import LogiSenseCataloguePull, {
    POLL_MS,
    progressPercent,
    isFinished
} from 'c/logiSenseCataloguePull';
import getPriceBooks from '@salesforce/apex/LogiSenseCatalogueController.getPriceBooks';
import startPull from '@salesforce/apex/LogiSenseCatalogueController.startPull';
import getPull from '@salesforce/apex/LogiSenseCatalogueController.getPull';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';
import type { LogiSensePullStatus } from '../../../../../types/logisense';

jest.mock(
    '@salesforce/apex/LogiSenseCatalogueController.getPriceBooks',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/LogiSenseCatalogueController.startPull',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock('@salesforce/apex/LogiSenseCatalogueController.getPull', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockGetPriceBooks = getPriceBooks as unknown as jest.Mock;
const mockStartPull = startPull as unknown as jest.Mock;
const mockGetPull = getPull as unknown as jest.Mock;

const BOOKS = [
    { id: '12', name: 'IoT North America', pulled: false },
    { id: '14', name: 'IoT Europe', pulled: true }
];

function status(overrides: Partial<LogiSensePullStatus>): LogiSensePullStatus {
    return {
        id: 'a0P000000000001AAA',
        status: 'Running',
        step: 'Price book 12: packages, page 1',
        pagesDone: 1,
        pagesTotal: 4,
        created: 9,
        updated: 0,
        unchanged: 0,
        failed: 0,
        failures: [],
        message: null,
        ...overrides
    };
}

const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as any;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

let fakeTimers = false;

/** Lets pending promises settle (with fake timers, by running what is due now). */
async function settle(): Promise<void> {
    if (fakeTimers) {
        await jest.advanceTimersByTimeAsync(0);
    } else {
        await flushPromises();
    }
}

/** Fake timers for the polling tests: the component asks every POLL_MS. */
function useFakeTimers(): void {
    jest.useFakeTimers();
    fakeTimers = true;
}

/** The next poll, and what it renders. */
async function nextPoll(): Promise<void> {
    await jest.advanceTimersByTimeAsync(POLL_MS);
}

async function mount(): Promise<HTMLElement> {
    const element = mountComponent('c-logi-sense-catalogue-pull', LogiSenseCataloguePull, {});
    await settle();
    return element;
}

async function choose(element: HTMLElement, ids: string[]): Promise<void> {
    $(element, 'lightning-checkbox-group').dispatchEvent(
        new CustomEvent('change', { detail: { value: ids } })
    );
    await settle();
}

describe('c-logi-sense-catalogue-pull', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
        jest.useRealTimers();
        fakeTimers = false;
    });

    it('offers the LogiSense price books, marking those pulled before', async () => {
        mockGetPriceBooks.mockResolvedValue(BOOKS);
        const element = await mount();

        const group = $(element, 'lightning-checkbox-group');
        expect(group.options).toEqual([
            { label: 'IoT North America', value: '12' },
            { label: 'IoT Europe (c.LogiSense_Pull_Already_Pulled)', value: '14' }
        ]);
        expect($(element, 'lightning-button.start').disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('starts a pull of exactly the chosen price books, then shows its progress', async () => {
        useFakeTimers();
        mockGetPriceBooks.mockResolvedValue(BOOKS);
        mockStartPull.mockResolvedValue('a0P000000000001AAA');
        mockGetPull.mockResolvedValue(status({}));
        const element = await mount();
        await choose(element, ['12']);

        expect($(element, 'lightning-button.start').disabled).toBe(false);
        $(element, 'lightning-button.start').click();
        await settle();
        expect(mockStartPull).toHaveBeenCalledWith({ priceBookIds: ['12'] });

        await nextPoll();
        expect(mockGetPull).toHaveBeenCalledWith({ pullId: 'a0P000000000001AAA' });
        expect($(element, 'lightning-progress-bar').value).toBe(25);
        expect(text($(element, '.step'))).toBe('c.LogiSense_Pull_Progress');
        expect($(element, 'lightning-checkbox-group')).toBeNull();
    });

    it('asks again until the pull is done, then shows the summary and stops asking', async () => {
        useFakeTimers();
        mockGetPriceBooks.mockResolvedValue(BOOKS);
        mockStartPull.mockResolvedValue('a0P000000000001AAA');
        mockGetPull.mockResolvedValueOnce(status({ status: 'Waiting' })).mockResolvedValueOnce(
            status({
                status: 'Done',
                pagesDone: 4,
                created: 26,
                unchanged: 3,
                failed: 1,
                failures: ['Product2 501:11:USD: REQUIRED_FIELD_MISSING']
            })
        );
        const element = await mount();
        await choose(element, ['12', '14']);
        $(element, 'lightning-button.start').click();
        await settle();

        await nextPoll();
        expect($(element, '.waiting')).not.toBeNull();
        await nextPoll();

        expect($(element, '.done')).not.toBeNull();
        expect(text($(element, 'dd.created'))).toBe('26');
        expect(text($(element, 'dd.unchanged'))).toBe('3');
        expect(text($(element, 'dd.failed'))).toBe('1');
        expect(text($(element, '.failures li'))).toContain('REQUIRED_FIELD_MISSING');
        await jest.advanceTimersByTimeAsync(POLL_MS * 3);
        expect(mockGetPull).toHaveBeenCalledTimes(2);
        jest.useRealTimers();
        fakeTimers = false;
        await expect(element).toBeAccessible();
    });

    it('says why a pull stopped', async () => {
        useFakeTimers();
        mockGetPriceBooks.mockResolvedValue(BOOKS);
        mockStartPull.mockResolvedValue('a0P000000000001AAA');
        mockGetPull.mockResolvedValue(
            status({
                status: 'Failed',
                message: 'GET PriceBook/12/Package page 1 failed: HTTP 500'
            })
        );
        const element = await mount();
        await choose(element, ['12']);
        $(element, 'lightning-button.start').click();
        await settle();
        await nextPoll();

        const failed = $(element, '.stopped');
        expect(failed.getAttribute('role')).toBe('alert');
        expect(text(failed)).toContain('HTTP 500');
    });

    it('explains when the price books cannot be loaded, and when the pull cannot start', async () => {
        mockGetPriceBooks.mockRejectedValueOnce({ body: { message: 'LogiSense unreachable' } });
        const element = await mount();
        expect($(element, 'c-error-panel').friendlyMessage).toBe('c.LogiSense_Pull_Load_Error');

        mockGetPriceBooks.mockResolvedValue(BOOKS);
        mockStartPull.mockRejectedValue({ body: { message: 'Choose at least one price book.' } });
        element.remove();
        const again = await mount();
        await choose(again, ['12']);
        $(again, 'lightning-button.start').click();
        await settle();
        expect($(again, 'c-error-panel').friendlyMessage).toBe('c.LogiSense_Pull_Start_Error');
    });

    it('says there is nothing to pull when LogiSense has no price books', async () => {
        mockGetPriceBooks.mockResolvedValue([]);
        const element = await mount();
        expect(text($(element, '.empty'))).toBe('c.LogiSense_Pull_No_Price_Books');
        expect($(element, 'lightning-button.start')).toBeNull();
    });

    it('computes progress and the end of a pull', () => {
        expect(progressPercent(null)).toBe(0);
        expect(progressPercent(status({ pagesDone: 1, pagesTotal: 3 }))).toBe(33);
        expect(progressPercent(status({ pagesDone: 5, pagesTotal: 3 }))).toBe(100);
        expect(isFinished(status({ status: 'Waiting' }))).toBe(false);
        expect(isFinished(status({ status: 'Failed' }))).toBe(true);
    });
});
