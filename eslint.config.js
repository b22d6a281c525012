// Flat config: TypeScript rules on every source folder; generated output ignored.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'cdk.out/**', 'dist/**', 'coverage/**', '.tinsach/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The cascade makes its lines, states and metadata with the constructors in cleaning/types.ts, so
    // that V8 gives each kind one hidden class; a spread copy would make another (see types.ts).
    files: ['shared/domain/cleaning/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression > SpreadElement',
          message: 'Make cleaning objects with makeLine/changeLine/withLines/changeMetadata (types.ts).',
        },
      ],
    },
  },
);
