import { prorateMultiplier } from 'c/proration';
import VECTORS from '../../../staticresources/ProrationVectors.json';

// The vectors' stated tolerance ("about" in ProrationVectors.json).
const TOLERANCE = 1e-9;

describe('c-proration', () => {
    describe('prorateMultiplier on the shared vectors', () => {
        it('reads every vector of the static resource', () => {
            expect(VECTORS.about).toContain('1e-9');
            expect(VECTORS.vectors.length).toBeGreaterThanOrEqual(20);
        });

        it.each(VECTORS.vectors.map((vector) => [vector.name, vector] as const))(
            '%s',
            (_name, vector) => {
                const actual = prorateMultiplier(
                    vector.startDate,
                    vector.endDate,
                    vector.defaultTermMonths
                );

                expect(Math.abs(actual - vector.multiplier)).toBeLessThan(TOLERANCE);
            }
        );
    });

    describe('prorateMultiplier', () => {
        it('gives the worked example of 4 months and 8 days at a 12-month term', () => {
            expect(prorateMultiplier('2019-05-23', '2019-09-30', 12)).toBeCloseTo(
                (4 + (8 * 12) / 365) / 12,
                12
            );
        });

        it('counts 29 February as a remaining day like any other', () => {
            expect(prorateMultiplier('2024-02-28', '2024-03-01', 1)).toBeCloseTo(
                (3 * 12) / 365,
                12
            );
        });
    });

    describe('prorateMultiplier errors', () => {
        it.each([
            ['not a date', '2023-13-01'],
            ['a day the month lacks', '2023-02-29'],
            ['the 31st of a 30-day month', '2023-04-31'],
            ['day 0', '2023-01-00'],
            ['year 0', '0000-01-01'],
            ['a date with a time', '2023-01-01T00:00:00Z'],
            ['another format', '01/02/2023'],
            ['an empty string', '']
        ])('refuses %s as startDate', (_what, bad) => {
            expect(() => prorateMultiplier(bad, '2024-01-01', 12)).toThrow(
                `startDate must be a calendar date as YYYY-MM-DD, got "${bad}"`
            );
        });

        it('refuses a bad endDate', () => {
            expect(() => prorateMultiplier('2023-01-01', '2023-02-30', 12)).toThrow(
                'endDate must be a calendar date as YYYY-MM-DD, got "2023-02-30"'
            );
        });

        it('refuses a missing date from a JavaScript caller', () => {
            expect(() => prorateMultiplier(null as unknown as string, '2023-02-01', 12)).toThrow(
                'startDate must be a calendar date as YYYY-MM-DD, got null'
            );
        });

        it('refuses an end before the start', () => {
            expect(() => prorateMultiplier('2023-03-01', '2023-02-28', 12)).toThrow(
                'endDate 2023-02-28 is before startDate 2023-03-01'
            );
        });

        it.each([0, -12, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
            'refuses a default term of %p months',
            (term) => {
                expect(() => prorateMultiplier('2023-01-01', '2023-12-31', term)).toThrow(
                    `defaultTermMonths must be a whole number of months above 0, got ${String(term)}`
                );
            }
        );
    });
});
