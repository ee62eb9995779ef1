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
    CLOSE
};

/** The fields a rep edits. */
export type EditableField = 'quantity' | 'recurring' | 'oneTime' | 'estimatedUsage';
type Values = Record<EditableField, number>;

/** Why a value cannot be saved, or null (the server checks the same). */
export function valueError(
    row: PackageServiceRow,
    field: EditableField,
    value: number
): string | null {
    if (!Number.isFinite(value) || value < 0) {
        return LABELS.NEGATIVE;
    }
    // value * 100 of 19.99 is 1998.9999999999998 in binary floating point: compare within a hair.
    if (
        (field === 'recurring' || field === 'oneTime') &&
        Math.abs(value * 100 - Math.round(value * 100)) > 1e-6
    ) {
        return LABELS.DECIMALS;
    }
    if (field === 'quantity') {
        if (!Number.isInteger(value)) {
            return LABELS.WHOLE;
        }
        const min = row.minimum ?? 0;
        if (value < min || (row.maximum !== null && value > row.maximum)) {
            return LABELS.RANGE.replace('{0}', String(min)).replace(
                '{1}',
                row.maximum === null ? '∞' : String(row.maximum)
            );
        }
    }
    return null;
}

/** The price math's input for a row with its current values. */
export function chargesOf(row: PackageServiceRow, values: Values): ServiceCharges {
    const transitions = JSON.parse(row.transitions || '[]') as Array<{ amount: number }>;
    const tiers = JSON.parse(row.usageTiers || '[]') as Array<{
        start: number;
        end: number | null;
        rate: number;
    }>;
    // A cell being typed ("", "-") has no number yet: it counts as 0 until it has one (and Save
    // stays off, as valueError says).
    const safe = (value: number) => (Number.isFinite(value) ? value : 0);
    return {
        id: row.id,
        quantity: safe(values.quantity),
        recurring: safe(values.recurring),
        oneTime: safe(values.oneTime),
        transitions: transitions.map((charge) => charge.amount),
        usageTiers: tiers.map((tier) => ({
            start: tier.start,
            end: tier.end ?? null,
            rate: tier.rate
        })),
        estimatedUsage: safe(values.estimatedUsage)
    };
}

const money = (amount: number) =>
    new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        amount
    );

/**
 * A rep prices an opportunity product service by service: quantity, recurring, one-time and
 * estimated usage per service, with live totals (the c/packagePricing rules), per-row and
 * whole-package reset to the catalogue, validation at the cell, and a save of only the edited rows
 * (the server recomputes the unit price and refuses rows changed meanwhile). Closing with unsaved
 * changes asks first. Keyboard: every cell is an input, every action a button.
 */
export default class PackageServicePricing extends LightningElement {
    /** The opportunity product (set by the record action). */
    @api recordId: string | null = null;

    labels = LABELS;
    view: PackageServicesView | null = null;
    edits: Record<string, Values> = {};
    isLoading = true;
    isSaving = false;
    loadError: unknown = null;
    saveError: unknown = null;
    confirmClose = false;
    private loadedFor: string | null = null;

    renderedCallback(): void {
        if (this.recordId && this.loadedFor !== this.recordId) {
            this.loadedFor = this.recordId;
            this.load();
        }
    }

    async load(): Promise<void> {
        this.isLoading = true;
        this.loadError = null;
        try {
            this.view = await getServices({ opportunityProductId: this.recordId! });
            this.edits = {};
        } catch (error) {
            this.loadError = error;
        } finally {
            this.isLoading = false;
        }
    }

    private valuesOf(row: PackageServiceRow): Values {
        return (
            this.edits[row.id] ?? {
                quantity: row.quantity,
                recurring: row.recurring,
                oneTime: row.oneTime,
                estimatedUsage: row.estimatedUsage
            }
        );
    }

    get hasRows(): boolean {
        return (this.view?.rows.length ?? 0) > 0;
    }

    get showEmpty(): boolean {
        return !this.isLoading && !this.loadError && !this.hasRows;
    }

    get rows(): Array<Record<string, unknown>> {
        return (this.view?.rows ?? []).map((row) => {
            const values = this.valuesOf(row);
            const errors = {
                quantity: valueError(row, 'quantity', values.quantity),
                recurring: valueError(row, 'recurring', values.recurring),
                oneTime: valueError(row, 'oneTime', values.oneTime),
                estimatedUsage: valueError(row, 'estimatedUsage', values.estimatedUsage)
            };
            return {
                id: row.id,
                name: row.name,
                ...values,
                errors,
                rowTotal: money(
                    (Number.isFinite(values.quantity) ? values.quantity : 0) *
                        (Number.isFinite(values.recurring) ? values.recurring : 0)
                ),
                resetLabel: `${LABELS.RESET}: ${row.name}`,
                cells: [
                    {
                        field: 'quantity',
                        label: LABELS.QUANTITY,
                        step: '1',
                        min: row.minimum ?? 0,
                        max: row.maximum ?? undefined
                    },
                    { field: 'recurring', label: LABELS.RECURRING, step: '0.01' },
                    { field: 'oneTime', label: LABELS.ONE_TIME, step: '0.01' },
                    { field: 'estimatedUsage', label: LABELS.USAGE, step: 'any' }
                ].map((cell) => ({
                    ...cell,
                    label: `${cell.label}: ${row.name}`,
                    value: values[cell.field as EditableField],
                    error: errors[cell.field as EditableField]
                })),
                edited: Boolean(this.edits[row.id])
            };
        });
    }

    get totals(): PackageTotals {
        const rows = this.view?.rows ?? [];
        return packageTotals(
            rows.map((row) => chargesOf(row, this.valuesOf(row))),
            this.view?.frequency ?? 'Monthly'
        );
    }

    get totalLines(): Array<{ key: string; label: string; value: string }> {
        const totals = this.totals;
        return [
            {
                key: 'period',
                label: LABELS.PER_PERIOD.replace(
                    '{0}',
                    (this.view?.frequency ?? 'Monthly').toLowerCase()
                ),
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
        return this.rows.some((row) =>
            Object.values(row.errors as Record<string, string | null>).some(Boolean)
        );
    }

    get isBusyOrEmpty(): boolean {
        return this.isSaving || !this.hasRows;
    }

    get saveDisabled(): boolean {
        return !this.isDirty || this.hasErrors || this.isSaving;
    }

    handleChange(event: Event): void {
        const input = event.target as HTMLInputElement & { dataset: DOMStringMap };
        const row = this.view!.rows.find((candidate) => candidate.id === input.dataset.id)!;
        const field = input.dataset.field as EditableField;
        const value = input.value === '' ? Number.NaN : Number(input.value);
        this.edits = { ...this.edits, [row.id]: { ...this.valuesOf(row), [field]: value } };
        this.confirmClose = false;
    }

    handleReset(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id!;
        const row = this.view!.rows.find((candidate) => candidate.id === id)!;
        this.edits = { ...this.edits, [id]: this.defaultsOf(row) };
    }

    handleResetAll(): void {
        const edits: Record<string, Values> = {};
        for (const row of this.view?.rows ?? []) {
            edits[row.id] = this.defaultsOf(row);
        }
        this.edits = edits;
    }

    private defaultsOf(row: PackageServiceRow): Values {
        const defaults = JSON.parse(row.defaults || '{}') as Partial<Values>;
        return {
            quantity: defaults.quantity ?? row.quantity,
            recurring: defaults.recurring ?? row.recurring,
            oneTime: defaults.oneTime ?? row.oneTime,
            estimatedUsage: defaults.estimatedUsage ?? row.estimatedUsage
        };
    }

    async handleSave(): Promise<void> {
        this.isSaving = true;
        this.saveError = null;
        const edits: PackageServiceEdit[] = this.view!.rows.filter((row) => this.edits[row.id]).map(
            (row) => ({ id: row.id, ...this.edits[row.id], stamp: row.stamp })
        );
        try {
            const unitPrice = await save({ opportunityProductId: this.recordId!, edits });
            this.dispatchEvent(
                new ShowToastEvent({
                    title: TITLE,
                    message: SAVED.replace('{0}', money(unitPrice)),
                    variant: 'success'
                })
            );
            // The opportunity's amount follows its product's new price: let the page show it.
            this.dispatchEvent(new RefreshEvent());
            await this.load();
        } catch (error) {
            this.saveError = error;
        } finally {
            this.isSaving = false;
        }
    }

    handleClose(): void {
        if (this.isDirty && !this.confirmClose) {
            this.confirmClose = true;
            return;
        }
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    handleDiscard(): void {
        this.edits = {};
        this.confirmClose = false;
        this.dispatchEvent(new CloseActionScreenEvent());
    }
}
