/**
 * Custom labels with placeholders ({0}, {1}, ...), filled in as Apex's LabelText fills them, so a
 * translated label can put the values where its language wants them.
 */

/**
 * The label with each {n} replaced by the n-th value (every occurrence; a placeholder without a
 * value stays as it is).
 */
export function fillLabel(label: string, ...values: Array<string | number>): string {
    return label.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        return Number(index) < values.length ? String(values[Number(index)]) : placeholder;
    });
}
