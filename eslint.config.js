const { defineConfig } = require('eslint/config');
const globals = require('globals');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const lwcRecommendedTs = require('@salesforce/eslint-config-lwc/recommended-ts');

module.exports = defineConfig([
    {
        ignores: [
            '**/node_modules/**',
            '.sfdx/**',
            '.sf/**',
            'coverage/**',
            'mdapi-out/**',
            // Compiled from the .ts beside it; `npm run check:compiled` guards it.
            'force-app/**/lwc/**/*.js',
            // Deliberately broken inputs for the checker tests.
            'scripts/checks/fixtures/**',
            // Workbench build output (components copied and compiled, the page bundle).
            'workbench/dist/**',
            'workbench/modules/**'
        ]
    },
    {
        // Components: the LWC rules (TypeScript flavour) with typescript-eslint's parser;
        // the package's own babel-based TS parser reports false `no-undef` on type names.
        files: ['force-app/**/lwc/**/*.ts'],
        extends: [lwcRecommendedTs, ...tseslint.configs.recommended],
        languageOptions: {
            parser: tseslint.parser,
            parserOptions: { ecmaVersion: 'latest', sourceType: 'module' }
        },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
        }
    },
    {
        files: ['force-app/**/lwc/**/__tests__/**/*.ts'],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: {
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            '@lwc/lwc/no-async-operation': 'off',
            '@typescript-eslint/no-explicit-any': 'off',
            '@typescript-eslint/no-non-null-assertion': 'off'
        }
    },
    {
        files: ['force-app/test/**/*.js'],
        languageOptions: {
            sourceType: 'module',
            globals: { ...globals.node, ...globals.jest }
        }
    },
    {
        files: ['force-app/test/**/*.ts'],
        extends: [...tseslint.configs.recommended],
        rules: { '@typescript-eslint/no-explicit-any': 'off' }
    },
    {
        // Tooling: the offline checkers, build and workbench scripts run on Node.
        files: ['scripts/**/*.{js,mjs,cjs}', 'workbench/**/*.mjs', '*.{js,mjs,cjs}'],
        extends: [js.configs.recommended],
        languageOptions: {
            ecmaVersion: 'latest',
            globals: { ...globals.node }
        },
        rules: {
            'no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
        }
    },
    {
        // The workbench page script and the fake controller also run in the browser.
        files: ['workbench/src/**/*.js', 'workbench/fake-apex.mjs'],
        extends: [js.configs.recommended],
        languageOptions: {
            ecmaVersion: 'latest',
            sourceType: 'module',
            globals: { ...globals.browser }
        }
    },
    {
        files: ['*.js'],
        languageOptions: { sourceType: 'commonjs' }
    }
]);
