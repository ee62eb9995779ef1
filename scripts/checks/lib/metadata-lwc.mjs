/**
 * The `<targetConfigs>` block of an LWC `.js-meta.xml`. The Metadata WSDL (and so
 * `@salesforce/types`) carries it as one opaque string, so the generic schema check cannot see
 * inside it; in source it is XML whose settings are attributes:
 *
 *   <targetConfig targets="lightning__RecordPage,lightning__AppPage">
 *       <property name="recordId" type="String" label="Record" />
 *       <objects><object>Order</object></objects>
 *       <supportedFormFactors><supportedFormFactor type="Small" /></supportedFormFactors>
 *   </targetConfig>
 *
 * Checked here: only `<targetConfig>` children, each with a `targets` attribute naming targets
 * the bundle lists in `<targets>` (a deploy fails otherwise), a `name` on every `<property>`, and
 * the fixed shape of `<objects>` and `<supportedFormFactors>`. The other children and attributes
 * of a targetConfig vary by target (`actionType`, `propertyType`, `configurationEditor`, …) and
 * are left to the deploy rather than guessed at here.
 */

const FORM_FACTORS = new Set(['Small', 'Large']);

/**
 * Checks a `<targetConfigs>` element.
 * @param {import('./metadata-xml.mjs').XmlElement} element the `<targetConfigs>` element
 * @param {import('./metadata-xml.mjs').XmlElement} root the `<LightningComponentBundle>` root
 * @param {Array<{offset: number, rule: string, message: string}>} problems collects findings
 */
export function checkTargetConfigs(element, root, problems) {
    const listed = new Set(
        root.children
            .filter((child) => child.name === 'targets')
            .flatMap((targets) => targets.children.map((target) => target.text.trim()))
    );
    const report = (node, rule, message) => problems.push({ offset: node.offset, rule, message });
    for (const config of element.children) {
        if (config.name !== 'targetConfig') {
            report(
                config,
                'unknown-element',
                `<${config.name}> is not allowed in <targetConfigs>; only <targetConfig>`
            );
            continue;
        }
        const targets = (config.attrs.targets ?? '')
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean);
        if (targets.length === 0) {
            report(
                config,
                'lwc-target-config',
                '<targetConfig> needs a targets="…" attribute naming the targets it configures'
            );
        }
        for (const target of targets.filter((t) => !listed.has(t))) {
            report(
                config,
                'lwc-target-config',
                `<targetConfig> configures ${target}, which the bundle does not list in <targets>`
            );
        }
        checkConfigChildren(config, report);
    }
}

function checkConfigChildren(config, report) {
    for (const child of config.children) {
        if (child.name === 'property' && !child.attrs.name) {
            report(child, 'lwc-target-config', '<property> needs a name="…" attribute');
        } else if (child.name === 'objects') {
            for (const object of child.children.filter((c) => c.name !== 'object')) {
                report(
                    object,
                    'unknown-element',
                    `<${object.name}> is not allowed in <objects>; only <object>`
                );
            }
        } else if (child.name === 'supportedFormFactors') {
            for (const factor of child.children) {
                if (factor.name !== 'supportedFormFactor') {
                    report(
                        factor,
                        'unknown-element',
                        `<${factor.name}> is not allowed in <supportedFormFactors>; only <supportedFormFactor>`
                    );
                } else if (!FORM_FACTORS.has(factor.attrs.type)) {
                    report(
                        factor,
                        'lwc-target-config',
                        `<supportedFormFactor> type must be Small or Large, found '${factor.attrs.type ?? ''}'`
                    );
                }
            }
        }
    }
}
