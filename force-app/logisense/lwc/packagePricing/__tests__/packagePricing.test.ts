import { cents, packageTotals, FREQUENCY_MONTHS } from 'c/packagePricing';
import type { ServiceCharges } from 'c/packagePricing';
import VECTORS from '../../../staticresources/PackagePricingVectors.json';

interface Vector {
    name: string;
    frequency: string;
    services: ServiceCharges[];
    expected: ReturnType<typeof packageTotals>;
}

describe('c/packagePricing', () => {
    it.each((VECTORS.vectors as Vector[]).map((vector) => [vector.name, vector]))(
        'vector: %s',
        (_name, vector) => {
            expect(packageTotals(vector.services, vector.frequency)).toEqual(vector.expected);
        }
    );

    it('rounds half away from zero to the cent, without binary drift', () => {
        expect(cents(1.005)).toBe(1.01);
        expect(cents(2.675)).toBe(2.68);
        expect(cents(-1.005)).toBe(-1.01);
        expect(cents(0.1 + 0.2)).toBe(0.3);
    });

    it('knows the package frequencies and refuses an unknown one', () => {
        expect(FREQUENCY_MONTHS.Yearly).toBe(12);
        expect(() => packageTotals([], 'Fortnightly')).toThrow('Unknown package frequency');
    });
});
