import { fillLabel } from 'c/labelText';

describe('c/labelText', () => {
    it("puts each value where its placeholder is, in the label's order", () => {
        expect(fillLabel('Page {0}', 3)).toBe('Page 3');
        expect(fillLabel('{1} of {0} pages', 10, 4)).toBe('4 of 10 pages');
        expect(fillLabel('{0} to {1}', 'Inventory', 'Delivered')).toBe('Inventory to Delivered');
    });

    it('fills a placeholder used twice, and leaves one without a value', () => {
        expect(fillLabel('{0} and {0} again', 'x')).toBe('x and x again');
        expect(fillLabel('{0} of {1}', 1)).toBe('1 of {1}');
    });

    it('does not read $ patterns in a value as replacement syntax', () => {
        expect(fillLabel('Total: {0}', '$& $1')).toBe('Total: $& $1');
    });
});
