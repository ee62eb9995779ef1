/**
 * "Did you mean" suggestions for the metadata checks.
 */

/**
 * The candidate closest to `word` by edit distance (case-insensitive), if it is close enough to
 * be a likely typo: at most a quarter of the word's length, and never more than 3 edits.
 * @param {string} word what was written
 * @param {string[]} candidates what would have been valid
 * @returns {string | undefined}
 */
export function closest(word, candidates) {
    const target = word.toLowerCase();
    const limit = Math.min(3, Math.max(1, Math.floor(target.length / 4)));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        const distance = editDistance(target, candidate.toLowerCase(), bestDistance);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
 * letters (`lable` → `label` is one edit), giving up (returning `limit`) once it cannot be below
 * `limit`.
 * @param {string} a first word
 * @param {string} b second word
 * @param {number} limit stop above this
 * @returns {number}
 */
export function editDistance(a, b, limit = Infinity) {
    if (Math.abs(a.length - b.length) >= limit) {
        return limit;
    }
    let beforePrevious = [];
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            let best = Math.min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
            );
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, beforePrevious[j - 2] + 1);
            }
            current.push(best);
            rowMin = Math.min(rowMin, best);
        }
        if (rowMin >= limit) {
            return limit;
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}
