const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    setupFilesAfterEnv: [
        ...jestConfig.setupFilesAfterEnv,
        '<rootDir>/force-app/test/jest-setup.js'
    ],
    moduleNameMapper: {
        '^lightning/navigation$': '<rootDir>/force-app/test/jest-mocks/lightning/navigation.js',
        '^lightning/actions$': '<rootDir>/force-app/test/jest-mocks/lightning/actions.js',
        '^@cpqb2b/lwc-test-utils$': '<rootDir>/force-app/test/lwc-test-utils.js'
    },
    // sfdx-lwc-jest's default pattern reports 0% for .ts components; collect from the sources.
    collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
    coverageThreshold: {
        global: { branches: 80, functions: 90, lines: 90, statements: 90 }
    },
    testPathIgnorePatterns: [...(jestConfig.testPathIgnorePatterns ?? []), '<rootDir>/scripts/'],
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/scripts/checks/fixtures/']
};
