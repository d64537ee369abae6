// Three projects: the pure core and the server run under node; the Taro app renders in jsdom with
// real @tarojs/components (the mapping and build flags below are what Taro's own test utils set).
const taroGlobals = {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  DEPRECATED_ADAPTER_COMPONENT: false,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_MUTATION_OBSERVER: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  __TARO_FRAMEWORK__: 'react'
}
const transform = { '^.+\\.(c|m)?[jt]sx?$': 'babel-jest' }
const alias = { '^@/(.*)$': '<rootDir>/src/$1' }

module.exports = {
  // On a shared two-core machine (two test runs at once) a hook that opens a database and signs staff
  // in, or a page rendered in jsdom, takes seconds: 5 s made hooks spill into the next test. A global
  // option: inside a project jest ignores it.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'core',
      testEnvironment: 'node',
      transform,
      moduleNameMapper: alias,
      testMatch: ['<rootDir>/src/core/**/*.test.ts']
    },
    {
      displayName: 'server',
      testEnvironment: 'node',
      transform,
      moduleNameMapper: alias,
      // cookie and content-disposition are ESM-only; light-my-request and @fastify/static require them.
      transformIgnorePatterns: ['/node_modules/(?!(cookie|content-disposition)/)'],
      testMatch: ['<rootDir>/server/**/*.test.ts', '<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/fuzz/**/*.test.ts', '<rootDir>/scripts/**/*.test.ts', '<rootDir>/config/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts'
    },
    {
      displayName: 'app',
      testEnvironment: 'jsdom',
      testEnvironmentOptions: { url: 'http://localhost/' },
      setupFiles: ['<rootDir>/mock/taro-env.js'],
      setupFilesAfterEnv: ['<rootDir>/mock/setup-app.ts'],
      transform,
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs|@stencil|tslib|\\.pnpm|swiper|zustand|axios)/)'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react/index',
        '\\.(css|scss|sass|less)$': '<rootDir>/mock/style.js',
        ...alias
      },
      globals: taroGlobals,
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/*.test.ts', '<rootDir>/src/{api,stores,components,pages,packages,staff,hooks}/**/*.test.ts']
    }
  ]
}
