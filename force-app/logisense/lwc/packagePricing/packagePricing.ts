/**
 * Package-service price math, the one rule set the package-service pricing screen shows and the
 * server recomputes (PackagePricing in Apex runs the same vectors:
 * staticresources/PackagePricingVectors.json). A LogiSense package's price is the sum of its
 * services' charges:
 * - recurring: quantity x the service's recurring price in its billable state, per package period
 *   (the package frequency); normalised per month by the frequency's months;
 * - one-time: quantity x (one-time price + each state-transition charge expected once);
 * - usage (an estimate): the estimated units per period through graduated tiers, each unit at its
 *   tier's rate, times quantity.
 * Money is exact: amounts (up to 4 decimals) and units are scaled to integers, and each service's
 * charge is rounded once to the cent, half up (half away from zero), before the sums. The
 * opportunity product's unit price is the recurring total per package period.
 */

/** Months in one package period, by LogiSense package frequency name. */
export const FREQUENCY_MONTHS: Readonly<Record<string, number>> = Object.freeze({
    Monthly: 1,
    Quarterly: 3,
    'Semi-Annual': 6,
    Yearly: 12
});

/** One usage tier: units from `start` up to `end` (null: no end) at `rate` each. */
export interface UsageTier {
    start: number;
    end: number | null;
    rate: number;
}

/** One package service as the screen edits it. */
export interface ServiceCharges {
    id: string;
    quantity: number;
    /** Recurring price per package period in the service's billable state. */
    recurring: number;
    oneTime: number;
    /** State-transition charges expected once each (e.g. Inventory to Delivered). */
    transitions: number[];
    usageTiers: UsageTier[];
    /** Estimated usage units per package period, per instance. */
    estimatedUsage: number;
}

/** What the package costs. */
export interface PackageTotals {
    recurringPerPeriod: number;
    recurringPerMonth: number;
    oneTime: number;
    estimatedUsage: number;
    /** The opportunity product's unit price: the recurring total per package period. */
    unitPrice: number;
}

const SCALE = 10_000n; // 4 decimals

/** A number with at most 4 decimals as an integer count of 1/10,000. */
function scaled(value: number): bigint {
    return BigInt(Math.round(value * 10_000));
}

/** A scaled product (scale^2) rounded half away from zero to cents. */
function centsOf(product: bigint, scale: bigint): bigint {
    const perCent = scale / 100n;
    const sign = product < 0n ? -1n : 1n;
    const magnitude = product * sign;
    return sign * ((magnitude + perCent / 2n) / perCent);
}

const toNumber = (amountInCents: bigint): number => Number(amountInCents) / 100;

/** a / b rounded half away from zero (b above 0). */
function divideHalfUp(a: bigint, b: bigint): bigint {
    const sign = a < 0n ? -1n : 1n;
    return sign * ((a * sign * 2n + b) / (2n * b));
}

/** Usage cost of one instance through graduated tiers, scaled by SCALE^2. */
function usageCost(units: bigint, tiers: UsageTier[]): bigint {
    let total = 0n;
    for (const tier of tiers) {
        const start = scaled(tier.start);
        const end = tier.end === null ? units : scaled(tier.end);
        const inTier = (units < end ? units : end) - start;
        if (inTier > 0n) {
            total += inTier * scaled(tier.rate);
        }
    }
    return total;
}

/** Rounds an amount half away from zero to the cent. */
export function cents(amount: number): number {
    return toNumber(centsOf(scaled(amount) * SCALE, SCALE * SCALE));
}

/** The package's totals from its services' charges. */
export function packageTotals(services: ServiceCharges[], frequency: string): PackageTotals {
    const months = FREQUENCY_MONTHS[frequency];
    if (!months) {
        throw new Error(`Unknown package frequency "${frequency}"`);
    }
    let recurring = 0n;
    let oneTime = 0n;
    let usage = 0n;
    const square = SCALE * SCALE;
    for (const service of services) {
        const quantity = scaled(service.quantity);
        recurring += centsOf(quantity * scaled(service.recurring), square);
        const once = service.transitions.reduce(
            (sum, charge) => sum + scaled(charge),
            scaled(service.oneTime)
        );
        oneTime += centsOf(quantity * once, square);
        const perInstance = usageCost(scaled(service.estimatedUsage), service.usageTiers);
        usage += centsOf(perInstance * quantity, square * SCALE);
    }
    const perMonth = divideHalfUp(recurring, BigInt(months));
    return {
        recurringPerPeriod: toNumber(recurring),
        recurringPerMonth: toNumber(perMonth),
        oneTime: toNumber(oneTime),
        estimatedUsage: toNumber(usage),
        unitPrice: toNumber(recurring)
    };
}
