// Lint guards the dependency direction of architecture.md; style is left to review.
import tseslint from 'typescript-eslint'

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error'
    }
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict([
      { group: ['@tarojs/*', 'react', 'react-dom', 'zustand', 'axios'], message: 'src/core is pure: no Taro, React or HTTP.' },
      { group: ['node:*', 'fs', 'path', 'pg', '@electric-sql/*', 'fastify', '@fastify/*'], message: 'src/core is pure: no Node or database.' },
      { group: ['**/server/**', '@/api/*', '@/stores/*', '@/pages/*', '@/components/*'], message: 'src/core imports nothing outside core.' },
      { group: ['sanitize-html'], message: 'the sanitiser runs on the server (server/http/rich-body.ts); core holds its rules.' }
    ])
  },
  {
    // Text the database cannot store (NUL, lone surrogates) is refused once, by the one string builder.
    files: ['src/core/schemas/**/*.ts', 'server/routes/**/*.ts', 'server/staff/**/*.ts', 'server/residents/**/*.ts', 'server/http/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['string', 'url', 'httpUrl'].map((property) => ({
          object: 'z',
          property,
          message: 'strings of the API start from text() of src/core/schemas/primitives.ts, which refuses NUL and lone surrogates.'
        }))
      ]
    }
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict([
      { group: ['@tarojs/*', 'react', 'react-dom', 'zustand'], message: 'the server never imports Taro or React.' },
      { group: ['@/pages/*', '@/components/*', '@/stores/*', '@/api/*', '**/src/pages/**'], message: 'the server imports only src/core.' }
    ])
  },
  {
    files: ['src/pages/**/*.{ts,tsx}', 'src/packages/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/staff/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Taro'][property.name=/^(request|uploadFile)$/]", message: 'only src/api talks to the network.' }
      ],
      ...restrict([
        { group: ['axios', '**/server/**'], message: 'pages use src/api, never the HTTP client or the server.' },
        { group: ['sanitize-html'], message: 'the app reads rich bodies with src/core/notices/rich-body.ts; the sanitiser stays on the server.' }
      ])
    }
  }
)
