import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { RefreshEvent } from 'lightning/refresh';
import getServices from '@salesforce/apex/PackageServicePricingController.getServices';
import save from '@salesforce/apex/PackageServicePricingController.save';
import { packageTotals } from 'c/packagePricing';
import type { PackageTotals, ServiceCharges } from 'c/packagePricing';
import type {
    PackageServiceEdit,
    PackageServiceRow,
    PackageServicesView
} from '../../../../types/logisense';
import TITLE from '@salesforce/label/c.Package_Pricing_Title';
import LOADING from '@salesforce/label/c.Package_Pricing_Loading';
import LOAD_ERROR from '@salesforce/label/c.Package_Pricing_Load_Error';
import SAVE_ERROR from '@salesforce/label/c.Package_Pricing_Save_Error';
import EMPTY from '@salesforce/label/c.Package_Pricing_Empty';
import SERVICE from '@salesforce/label/c.Package_Pricing_Service';
import QUANTITY from '@salesforce/label/c.Package_Pricing_Quantity';
import RECURRING from '@salesforce/label/c.Package_Pricing_Recurring';
import ONE_TIME from '@salesforce/label/c.Package_Pricing_One_Time';
import USAGE from '@salesforce/label/c.Package_Pricing_Usage';
import ROW_TOTAL from '@salesforce/label/c.Package_Pricing_Row_Total';
import RESET from '@salesforce/label/c.Package_Pricing_Reset';
import RESET_ALL from '@salesforce/label/c.Package_Pricing_Reset_All';
import SAVE from '@salesforce/label/c.Package_Pricing_Save';
import SAVED from '@salesforce/label/c.Package_Pricing_Saved';
import PER_PERIOD from '@salesforce/label/c.Package_Pricing_Per_Period';
import PER_MONTH from '@salesforce/label/c.Package_Pricing_Per_Month';
import ONE_TIME_TOTAL from '@salesforce/label/c.Package_Pricing_One_Time_Total';
import USAGE_TOTAL from '@salesforce/label/c.Package_Pricing_Usage_Total';
import NEGATIVE from '@salesforce/label/c.Package_Pricing_Negative';
import DECIMALS from '@salesforce/label/c.Package_Pricing_Decimals';
import RANGE from '@salesforce/label/c.Package_Pricing_Range';
import WHOLE from '@salesforce/label/c.Package_Pricing_Whole';
import UNSAVED from '@salesforce/label/c.Package_Pricing_Unsaved';
import DISCARD from '@salesforce/label/c.Package_Pricing_Discard';
import CLOSE from '@salesforce/label/c.Package_Pricing_Close';
import CHARGES from '@salesforce/label/c.Package_Pricing_Charges';
import STATE_PRICES from '@salesforce/label/c.Package_Pricing_State_Prices';
import STATE_PRICE from '@salesforce/label/c.Package_Pricing_State_Price';
import BILLABLE_STATE from '@salesforce/label/c.Package_Pricing_Billable_State';
import TRANSITIONS from '@salesforce/label/c.Package_Pricing_Transitions';
import TRANSITION from '@salesforce/label/c.Package_Pricing_Transition';
import USAGE_RATES from '@salesforce/label/c.Package_Pricing_Usage_Rates';
import TIER from '@salesforce/label/c.Package_Pricing_Tier';
import TIER_OPEN from '@salesforce/label/c.Package_Pricing_Tier_Open';
import RATE_DECIMALS from '@salesforce/label/c.Package_Pricing_Rate_Decimals';
import DRAFT_RESTORED from '@salesforce/label/c.Package_Pricing_Draft_Restored';
import FREQUENCY_UNKNOWN from '@salesforce/label/c.Package_Pricing_Frequency_Unknown';
import RELOAD from '@salesforce/label/c.Package_Pricing_Reload';
import READ_ONLY from '@salesforce/label/c.Package_Pricing_Read_Only';
import DISCARD_DRAFT from '@salesforce/label/c.Package_Pricing_Discard_Draft';
import DRAFT_DROPPED from '@salesforce/label/c.Package_Pricing_Draft_Dropped';
import BLANK from '@salesforce/label/c.Package_Pricing_Blank';
import CHARGES_ERROR from '@salesforce/label/c.Package_Pricing_Charges_Error';
import { reduceErrors } from 'c/reduceErrors';
import { fillLabel } from 'c/labelText';

export const LABELS = {
    TITLE,
    LOADING,
    LOAD_ERROR,
    SAVE_ERROR,
    EMPTY,
    SERVICE,
    QUANTITY,
    RECURRING,
    ONE_TIME,
    USAGE,
    ROW_TOTAL,
    RESET,
    RESET_ALL,
    SAVE,
    SAVED,
    PER_PERIOD,
    PER_MONTH,
    ONE_TIME_TOTAL,
    USAGE_TOTAL,
    NEGATIVE,
    DECIMALS,
    RANGE,
    WHOLE,
    UNSAVED,
    DISCARD,
    CLOSE,
    CHARGES,
    STATE_PRICES,
    STATE_PRICE,
    BILLABLE_STATE,
    TRANSITIONS,
    TRANSITION,
    USAGE_RATES,
    TIER,
    TIER_OPEN,
    RATE_DECIMALS,
    DRAFT_RESTORED,
    FREQUENCY_UNKNOWN,
    RELOAD,
    READ_ONLY,
    DISCARD_DRAFT,
    DRAFT_DROPPED,
    BLANK,
    CHARGES_ERROR
};

/** The row values a rep edits in the table. */
export type EditableField = 'quantity' | 'recurring' | 'oneTime' | 'estimatedUsage';
/** The charge values a rep edits under a row: a state's price, a transition, a tier's rate. */
export type ChargeField = 'state' | 'transition' | 'tier';
export type Field = EditableField | ChargeField;

/** A row's values as the rep has them (what a save sends, with the row's id and stamp). */
export type Values = Omit<PackageServiceEdit, 'id' | 'stamp'>;

interface Transition {
    from: string;
    to: string;
    amount: number;
}

interface Tier {
    start: number;
    end: number | null;
    rate: number;
}

/** A row with its charges read from their JSON once, and its catalogue defaults. */
export interface ParsedRow {
    row: PackageServiceRow;
    /** The states other than the billable one, in the catalogue's order. */
    states: string[];
    transitions: Transition[];
    tiers: Tier[];
    stored: Values;
    defaults: Values;
}

/** True when `value` has more than `places` decimals (within binary floating point's drift). */
function tooManyDecimals(value: number, places: number): boolean {
    const shifted = value * 10 ** places;
    return Math.abs(shifted - Math.round(shifted)) > 1e-6;
}

/** Why a value cannot be saved, or null (the server checks the same). */
export function valueError(row: PackageServiceRow, field: Field, value: number): string | null {
    if (!Number.isFinite(value)) {
        return LABELS.BLANK;
    }
    if (value < 0) {
        return LABELS.NEGATIVE;
    }
    if (field === 'tier') {
        return tooManyDecimals(value, 4) ? LABELS.RATE_DECIMALS : null;
    }
    if (field !== 'quantity' && field !== 'estimatedUsage' && tooManyDecimals(value, 2)) {
        return LABELS.DECIMALS;
    }
    if (field === 'quantity') {
        if (!Number.isInteger(value)) {
            return LABELS.WHOLE;
        }
        // Lightning leaves a missing minimum or maximum out: undefined, not null.
        const min = row.minimum ?? 0;
        const max = row.maximum ?? null;
        if (value < min || (max !== null && value > max)) {
            return fillLabel(LABELS.RANGE, min, max ?? '∞');
        }
    }
    return null;
}

/** A row's charges and defaults, read from its JSON. */
export function parseRow(row: PackageServiceRow, billableState: string): ParsedRow {
    const readJson = <T>(json: string | null, none: T): T => {
        try {
            return (JSON.parse(json || 'null') as T) ?? none;
        } catch {
            // A damaged field shows as no charges; the server names the service on save.
            return none;
        }
    };
    const prices = readJson<Record<string, number | null>>(row.statePrices, {});
    const states = Object.keys(prices).filter((state) => state !== billableState);
    const transitions = readJson<Transition[]>(row.transitions, []).map((charge) => ({
        from: charge.from,
        to: charge.to,
        amount: charge.amount ?? 0
    }));
    const tiers = readJson<Tier[]>(row.usageTiers, []).map((tier) => ({
        start: tier.start ?? 0,
        end: tier.end ?? null,
        rate: tier.rate ?? 0
    }));
    const stored: Values = {
        quantity: row.quantity,
        recurring: row.recurring,
        oneTime: row.oneTime,
        estimatedUsage: row.estimatedUsage,
        statePrices: Object.fromEntries(states.map((state) => [state, prices[state] ?? 0])),
        transitions: transitions.map((charge) => charge.amount),
        tierRates: tiers.map((tier) => tier.rate)
    };
    const catalogue = readJson<Partial<Values>>(row.defaults, {});
    // A default the catalogue did not record (or whose shape no longer matches) is the stored value.
    const sameLength = (list: number[] | undefined, current: number[]) => {
        return Array.isArray(list) && list.length === current.length ? list : current;
    };
    const defaults: Values = {
        quantity: catalogue.quantity ?? stored.quantity,
        recurring: catalogue.recurring ?? stored.recurring,
        oneTime: catalogue.oneTime ?? stored.oneTime,
        estimatedUsage: catalogue.estimatedUsage ?? stored.estimatedUsage,
        statePrices: Object.fromEntries(
            states.map((state) => [
                state,
                catalogue.statePrices?.[state] ?? stored.statePrices[state]
            ])
        ),
        transitions: sameLength(catalogue.transitions, stored.transitions),
        tierRates: sameLength(catalogue.tierRates, stored.tierRates)
    };
    return { row, states, transitions, tiers, stored, defaults };
}

/** The price math's input for a row with its current values. */
export function chargesOf(parsed: ParsedRow, values: Values): ServiceCharges {
    // A cell being typed ("", "-") has no number yet: it counts as 0 until it has one (and Save
    // stays off, as valueError says).
    const safe = (value: number) => (Number.isFinite(value) ? value : 0);
    return {
        id: parsed.row.id,
        quantity: safe(values.quantity),
        recurring: safe(values.recurring),
        oneTime: safe(values.oneTime),
        transitions: values.transitions.map(safe),
        usageTiers: parsed.tiers.map((tier, index) => ({
            start: tier.start,
            end: tier.end,
            rate: safe(values.tierRates[index])
        })),
        estimatedUsage: safe(values.estimatedUsage)
    };
}

/** Where a product's unsaved edits are kept for the tab's session. */
const draftKeyOf = (opportunityProductId: string | null) =>
    `c-package-service-pricing:${opportunityProductId}`;

const money = (amount: number) =>
    new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        amount
    );

/** What a rep left unsaved, kept for the tab's session (the modal's X and Esc cannot be stopped). */
interface Draft {
    edits: Record<string, Values>;
    /** Each edited row's stamp when it was edited: a row saved since gets its draft dropped. */
    stamps: Record<string, string | null>;
}

interface Cell {
    key: string;
    field: Field;
    dataKey: string;
    label: string;
    value: number;
    step: string;
    min?: number;
    max?: number;
    error: string | null;
}

/**
 * A rep prices an opportunity product service by service: quantity, recurring, one-time and
 * estimated usage per service in the table, and under each service its other states' prices, its
 * state-change charges and its usage rates; live totals (the c/packagePricing rules), per-row and
 * whole-package reset to the catalogue, validation at the cell, and a save of only the edited rows
 * (the server recomputes the unit price and refuses rows changed meanwhile). Unsaved changes
 * survive the modal's X, Esc, a reload or a switch to another product for the tab's session and
 * come back with a notice; the screen's own Close asks first. Keyboard: every value is an input,
 * every action a button.
 */
export default class PackageServicePricing extends LightningElement {
    /** The opportunity product (set by the record action or the opportunity page). */
    @api recordId: string | null = null;
    /** Set on the opportunity page, where there is no action to close. */
    @api embedded = false;

    labels = LABELS;
    view: PackageServicesView | null = null;
    parsed: ParsedRow[] = [];
    edits: Record<string, Values> = {};
    expanded: Record<string, boolean> = {};
    isLoading = true;
    isSaving = false;
    loadError: unknown = null;
    saveError: unknown = null;
    confirmClose = false;
    draftRestored = false;
    draftDropped = false;
    private loadedFor: string | null = null;
    /** The latest load: an older answer (another product, picked before) is ignored. */
    private loadToken = 0;

    renderedCallback(): void {
        if (this.recordId && this.loadedFor !== this.recordId) {
            if (this.loadedFor) {
                // Another product (the Opportunity page's picker): nothing of the last one stays.
                this.edits = {};
                this.expanded = {};
                this.saveError = null;
                this.confirmClose = false;
                this.draftRestored = false;
                this.draftDropped = false;
            }
            this.loadedFor = this.recordId;
            this.load();
        }
    }

    /**
     * Reads the product's rows, then puts back the unsaved edits nobody overtook: from `draft`
     * (the screen's own edits, on Reload) or else from the tab's session.
     */
    async load(draft?: Draft): Promise<void> {
        const token = ++this.loadToken;
        this.isLoading = true;
        this.loadError = null;
        try {
            const view = await getServices({ opportunityProductId: this.recordId! });
            if (token !== this.loadToken) {
                return;
            }
            this.parsed = view.rows.map((row) => parseRow(row, view.billableState));
            this.view = view;
            const restored = this.restoreDraft(draft);
            this.edits = view.canEdit ? restored.kept : {};
            this.draftRestored = !draft && this.isDirty;
            this.draftDropped = view.canEdit && restored.dropped;
        } catch (error) {
            if (token === this.loadToken) {
                this.loadError = error;
            }
        } finally {
            if (token === this.loadToken) {
                this.isLoading = false;
            }
        }
    }

    private get draftKey(): string {
        return draftKeyOf(this.recordId);
    }

    /** The draft's edits whose rows nobody saved since (same stamp); the rest are dropped. */
    private restoreDraft(given?: Draft): { kept: Record<string, Values>; dropped: boolean } {
        const kept: Record<string, Values> = {};
        let dropped = false;
        try {
            const draft =
                given ?? (JSON.parse(sessionStorage.getItem(this.draftKey) ?? 'null') as Draft);
            for (const id of Object.keys(draft?.edits ?? {})) {
                const parsed = this.parsed.find((candidate) => candidate.row.id === id);
                if (parsed && draft.stamps[id] === parsed.row.stamp) {
                    kept[id] = draft.edits[id];
                } else {
                    dropped = true;
                }
            }
        } catch {
            // A draft that cannot be read is no draft.
        }
        return { kept, dropped };
    }

    /** The unsaved edits with the stamps of the rows they were made on. */
    private draftOf(): Draft {
        const stamps: Record<string, string | null> = {};
        for (const parsed of this.parsed) {
            if (this.edits[parsed.row.id]) {
                stamps[parsed.row.id] = parsed.row.stamp;
            }
        }
        return { edits: this.edits, stamps };
    }

    private storeDraft(): void {
        if (!this.isDirty) {
            this.clearDraft();
            return;
        }
        try {
            sessionStorage.setItem(this.draftKey, JSON.stringify(this.draftOf()));
        } catch {
            // Storage full or refused: the edits stay on screen, only their keeping is lost.
        }
    }

    private clearDraft(key: string = this.draftKey): void {
        try {
            sessionStorage.removeItem(key);
        } catch {
            // Nothing kept, nothing to clear.
        }
    }

    private setEdits(edits: Record<string, Values>): void {
        this.edits = edits;
        this.storeDraft();
    }

    private valuesOf(parsed: ParsedRow): Values {
        return this.edits[parsed.row.id] ?? parsed.stored;
    }

    get hasRows(): boolean {
        return this.parsed.length > 0;
    }

    get showEmpty(): boolean {
        return !this.isLoading && !this.loadError && !this.hasRows;
    }

    /** Whether the rep may save (the server says; a reader's screen is read-only). */
    get canEdit(): boolean {
        return this.view?.canEdit ?? false;
    }

    get readOnly(): boolean {
        return Boolean(this.view) && !this.canEdit;
    }

    /** Cells take no input while loading, saving, or for a reader. */
    get locked(): boolean {
        return this.isLoading || this.isSaving || !this.canEdit;
    }

    /** Why the save was refused, as the server says it (ScreenError), else the general words. */
    get saveMessage(): string {
        return this.saveError
            ? (reduceErrors(this.saveError as never)[0] ?? LABELS.SAVE_ERROR)
            : LABELS.SAVE_ERROR;
    }

    /** The package frequency the totals use (the server sends Monthly for one it does not know). */
    get frequency(): string {
        return this.view?.frequency ?? 'Monthly';
    }

    get frequencyNote(): string | null {
        return this.view?.unknownFrequency
            ? fillLabel(LABELS.FREQUENCY_UNKNOWN, this.view.unknownFrequency)
            : null;
    }

    get rows(): Array<Record<string, unknown>> {
        return this.parsed.map((parsed, index) => this.rowView(parsed, index));
    }

    private rowView(parsed: ParsedRow, index: number): Record<string, unknown> {
        const { row } = parsed;
        const values = this.valuesOf(parsed);
        const cell = (
            field: Field,
            dataKey: string,
            label: string,
            value: number,
            step: string
        ): Cell => ({
            key: `${field}:${dataKey}`,
            field,
            dataKey,
            label,
            value,
            step,
            error: valueError(row, field, value)
        });
        const cells: Cell[] = [
            {
                ...cell('quantity', '', LABELS.QUANTITY, values.quantity, '1'),
                min: row.minimum ?? 0,
                max: row.maximum ?? undefined
            },
            cell('recurring', '', LABELS.RECURRING, values.recurring, '0.01'),
            cell('oneTime', '', LABELS.ONE_TIME, values.oneTime, '0.01'),
            cell('estimatedUsage', '', LABELS.USAGE, values.estimatedUsage, 'any')
        ].map((main) => ({ ...main, label: `${main.label}: ${row.name}` }));
        const stateCells = parsed.states.map((state) =>
            cell(
                'state',
                state,
                fillLabel(LABELS.STATE_PRICE, state),
                values.statePrices[state],
                '0.01'
            )
        );
        const transitionCells = parsed.transitions.map((charge, at) =>
            cell(
                'transition',
                String(at),
                fillLabel(LABELS.TRANSITION, charge.from, charge.to),
                values.transitions[at],
                '0.01'
            )
        );
        const tierCells = parsed.tiers.map((tier, at) =>
            cell(
                'tier',
                String(at),
                tier.end === null
                    ? fillLabel(LABELS.TIER_OPEN, tier.start)
                    : fillLabel(LABELS.TIER, tier.start, tier.end),
                values.tierRates[at],
                '0.0001'
            )
        );
        const chargeCells = [...stateCells, ...transitionCells, ...tierCells];
        const expanded = Boolean(this.expanded[row.id]);
        return {
            id: row.id,
            chargesKey: `${row.id}:charges`,
            chargesId: `charges-${index}`,
            name: row.name,
            cells,
            chargeGroups: [
                {
                    key: 'states',
                    legend: `${LABELS.STATE_PRICES}: ${row.name}`,
                    note: fillLabel(LABELS.BILLABLE_STATE, this.view?.billableState ?? ''),
                    cells: stateCells
                },
                {
                    key: 'transitions',
                    legend: `${LABELS.TRANSITIONS}: ${row.name}`,
                    note: null,
                    cells: transitionCells
                },
                {
                    key: 'tiers',
                    legend: `${LABELS.USAGE_RATES}: ${row.name}`,
                    note: null,
                    cells: tierCells
                }
            ].filter((group) => group.cells.length > 0),
            hasCharges: chargeCells.length > 0,
            chargeErrors: chargeCells.some((charge) => charge.error),
            errors: [...cells, ...chargeCells].some((any) => any.error),
            expanded,
            ariaExpanded: String(expanded),
            ariaControls: expanded ? `charges-${index}` : null,
            toggleIcon: expanded ? 'utility:chevrondown' : 'utility:chevronright',
            // The row's recurring charge by the same rule as the totals (c/packagePricing).
            rowTotal: money(
                packageTotals([chargesOf(parsed, values)], this.frequency).recurringPerPeriod
            ),
            resetLabel: `${LABELS.RESET}: ${row.name}`
        };
    }

    get totals(): PackageTotals {
        return packageTotals(
            this.parsed.map((parsed) => chargesOf(parsed, this.valuesOf(parsed))),
            this.frequency
        );
    }

    get totalLines(): Array<{ key: string; label: string; value: string }> {
        const totals = this.totals;
        return [
            {
                key: 'period',
                label: fillLabel(LABELS.PER_PERIOD, this.frequency.toLowerCase()),
                value: money(totals.recurringPerPeriod)
            },
            { key: 'month', label: LABELS.PER_MONTH, value: money(totals.recurringPerMonth) },
            { key: 'oneTime', label: LABELS.ONE_TIME_TOTAL, value: money(totals.oneTime) },
            { key: 'usage', label: LABELS.USAGE_TOTAL, value: money(totals.estimatedUsage) }
        ];
    }

    get isDirty(): boolean {
        return Object.keys(this.edits).length > 0;
    }

    get hasErrors(): boolean {
        return this.rows.some((row) => row.errors);
    }

    get isBusyOrEmpty(): boolean {
        return this.locked || !this.hasRows;
    }

    get saveDisabled(): boolean {
        return !this.isDirty || this.hasErrors || this.locked;
    }

    get showClose(): boolean {
        return !this.embedded;
    }

    private parsedOf(id: string | undefined): ParsedRow {
        return this.parsed.find((candidate) => candidate.row.id === id)!;
    }

    handleChange(event: Event): void {
        const input = event.target as HTMLInputElement & { dataset: DOMStringMap };
        const parsed = this.parsedOf(input.dataset.id);
        const field = input.dataset.field as Field;
        const key = input.dataset.key ?? '';
        const value = input.value === '' ? Number.NaN : Number(input.value);
        const current = this.valuesOf(parsed);
        let next: Values;
        if (field === 'state') {
            next = { ...current, statePrices: { ...current.statePrices, [key]: value } };
        } else if (field === 'transition' || field === 'tier') {
            const list = field === 'transition' ? 'transitions' : 'tierRates';
            const changed = [...current[list]];
            changed[Number(key)] = value;
            next = { ...current, [list]: changed };
        } else {
            next = { ...current, [field]: value };
        }
        this.setEdits({ ...this.edits, [parsed.row.id]: next });
        this.confirmClose = false;
    }

    handleToggle(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id!;
        this.expanded = { ...this.expanded, [id]: !this.expanded[id] };
    }

    handleReset(event: Event): void {
        const parsed = this.parsedOf((event.currentTarget as HTMLElement).dataset.id);
        this.setEdits({ ...this.edits, [parsed.row.id]: parsed.defaults });
    }

    handleResetAll(): void {
        const edits: Record<string, Values> = {};
        for (const parsed of this.parsed) {
            edits[parsed.row.id] = parsed.defaults;
        }
        this.setEdits(edits);
    }

    async handleSave(): Promise<void> {
        this.isSaving = true;
        this.saveError = null;
        const edits: PackageServiceEdit[] = this.parsed
            .filter((parsed) => this.edits[parsed.row.id])
            .map((parsed) => ({
                id: parsed.row.id,
                ...this.edits[parsed.row.id],
                stamp: parsed.row.stamp
            }));
        // The rep may pick another product on the Opportunity page while this save runs.
        const savedFor = this.recordId;
        const savedDraft = this.draftKey;
        try {
            const unitPrice = await save({ opportunityProductId: savedFor!, edits });
            this.clearDraft(savedDraft); // the reload below shows what was saved
            this.dispatchEvent(
                new ShowToastEvent({
                    title: TITLE,
                    message: fillLabel(SAVED, money(unitPrice)),
                    variant: 'success'
                })
            );
            // The opportunity's amount follows its product's new price: let the page show it.
            this.dispatchEvent(new RefreshEvent());
            if (this.recordId !== savedFor) {
                return; // the screen shows another product now; it loads on its own
            }
            await this.load();
            if (this.loadError) {
                // Saved, but not read back: the edits are in the database, not pending.
                this.edits = {};
            }
        } catch (error) {
            if (this.recordId === savedFor) {
                this.saveError = error;
            }
        } finally {
            this.isSaving = false;
        }
    }

    /** After a refused save: read the rows again, keeping the edits nobody overtook. */
    handleReload(): void {
        this.saveError = null;
        // The screen's own edits, not the tab's copy (which a full or refused storage lacks).
        this.load(this.draftOf());
    }

    handleClose(): void {
        if (this.isDirty && !this.confirmClose) {
            this.confirmClose = true;
            return;
        }
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    handleDiscard(): void {
        this.setEdits({});
        this.confirmClose = false;
        this.draftRestored = false;
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    /** Drops a restored draft and stays. */
    handleDiscardDraft(): void {
        this.setEdits({});
        this.draftRestored = false;
        this.draftDropped = false;
    }
}
