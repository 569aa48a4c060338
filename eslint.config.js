import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'bench-reports/**', 'demo-output/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
      },
    },
    rules: {
      // Page text is hostile: no HTML sinks anywhere, not even "safe-looking" ones.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set page text with textContent or JSX children.' },
        { property: 'outerHTML', message: 'Set page text with textContent or JSX children.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes instead of HTML strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML sinks.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'No HTML sinks.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } },
  },
);
