import LogiSenseOpportunityPush from 'c/logiSenseOpportunityPush';
import getPushState from '@salesforce/apex/LogiSensePushController.getPushState';
import push from '@salesforce/apex/LogiSensePushController.push';
import { flushPromises, mountComponent, resetDom } from '@cpqb2b/lwc-test-utils';
import type { LogiSensePushState } from '../../../../../types/logisense';

jest.mock('@salesforce/apex/LogiSensePushController.getPushState', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LogiSensePushController.push', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockGetPushState = getPushState as unknown as jest.Mock;
const mockPush = push as unknown as jest.Mock;
const OPPORTUNITY = '006000000000001AAA';

function state(overrides: Partial<LogiSensePushState>): LogiSensePushState {
    return {
        canPush: true,
        reason: null,
        status: null,
        lastError: null,
        logiSenseId: null,
        ...overrides
    };
}

const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as any;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(): Promise<HTMLElement> {
    const element = mountComponent('c-logi-sense-opportunity-push', LogiSenseOpportunityPush, {
        recordId: OPPORTUNITY
    });
    await flushPromises();
    return element;
}

describe('c-logi-sense-opportunity-push', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('says why an opportunity cannot be pushed, with Push disabled', async () => {
        mockGetPushState.mockResolvedValue(
            state({ canPush: false, reason: 'Only a Closed Won opportunity can be pushed.' })
        );
        const element = await mount();

        expect(mockGetPushState).toHaveBeenCalledWith({ opportunityId: OPPORTUNITY });
        expect(text($(element, '.reason'))).toBe('Only a Closed Won opportunity can be pushed.');
        expect($(element, 'lightning-button.push').disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it("pushes on the rep's click with exactly the opportunity, then shows the result and a toast", async () => {
        mockGetPushState.mockResolvedValue(state({}));
        mockPush.mockResolvedValue(state({ status: 'Pushed', logiSenseId: '7001' }));
        const element = await mount();
        const toasts: Array<{ variant: string }> = [];
        element.addEventListener('lightning__showtoast', (event: Event) =>
            toasts.push((event as CustomEvent).detail)
        );

        expect($(element, 'lightning-button.push').disabled).toBe(false);
        $(element, 'lightning-button.push').click();
        await flushPromises();

        expect(mockPush).toHaveBeenCalledWith({ opportunityId: OPPORTUNITY });
        expect(text($(element, '.pushed'))).toContain('7001');
        expect(toasts[0].variant).toBe('success');
        await expect(element).toBeAccessible();
    });

    it('says a second push updates the same LogiSense record', async () => {
        mockGetPushState.mockResolvedValue(state({ status: 'Pushed', logiSenseId: '7001' }));
        const element = await mount();
        expect($(element, '.again-note')).not.toBeNull();
    });

    it("shows LogiSense's refusal as an alert", async () => {
        mockGetPushState.mockResolvedValue(state({}));
        mockPush.mockResolvedValue(
            state({ status: 'Failed', lastError: 'POST Account failed: HTTP 500 (Internal error)' })
        );
        const element = await mount();
        $(element, 'lightning-button.push').click();
        await flushPromises();

        const failed = $(element, '.push-failed');
        expect(failed.getAttribute('role')).toBe('alert');
        expect(text(failed)).toContain('HTTP 500');
    });

    it('explains when the opportunity cannot be checked or the push call fails', async () => {
        mockGetPushState.mockRejectedValueOnce({ body: { message: 'insufficient access' } });
        const element = await mount();
        expect($(element, 'c-error-panel').friendlyMessage).toBe('c.LogiSense_Push_Load_Error');
        expect($(element, 'lightning-button.push').disabled).toBe(true);

        element.remove();
        mockGetPushState.mockResolvedValue(state({}));
        mockPush.mockRejectedValue({ body: { message: 'timeout' } });
        const again = await mount();
        $(again, 'lightning-button.push').click();
        await flushPromises();
        expect($(again, 'c-error-panel')).not.toBeNull();
    });

    it('closes the action screen', async () => {
        mockGetPushState.mockResolvedValue(state({}));
        const element = await mount();
        const closed = jest.fn();
        element.addEventListener('close', closed);
        $(element, 'lightning-button.close').click();
        expect(closed).toHaveBeenCalled();
    });
});
