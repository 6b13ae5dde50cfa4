import { defineMain } from '@storybook/react-vite/node';
import remarkGfm from 'remark-gfm';
import { sourceAliases } from '../test/support/aliases.mjs';

export default defineMain({
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // MDX 3 leaves GitHub-flavoured Markdown out: the docs pages' tables need remark-gfm.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  typescript: {
    // react-docgen (the default) reads one file at a time: it misses the props `<Stories>`
    // inherits from other files (StoryOptions, StoryEvents) and their JSDoc. The TypeScript
    // checker follows them. Only the library's components are documented, so only src/ is
    // parsed.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      include: ['src/**/*.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // React's own DOM and ref props would bury ours.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  core: {
    // No phoning home from CI or a developer's machine; no "what's new" fetch either.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      // Stories import the package by its public name, as an app would; it resolves to src/.
      resolve: { alias: sourceAliases },
      // `--quiet` does not reach Vite: drop its per-chunk table. Storybook's own chunks (axe,
      // docs renderer) are large by nature, so the size warning would only be noise.
      logLevel: 'warn',
      build: {
        chunkSizeWarningLimit: 2048,
        rolldownOptions: {
          // react-docgen takes most of the build on a 2-core machine: a fact, not a fault.
          checks: { bundlerTimings: false },
          // framer-motion marks its modules "use client" for React Server Components; a
          // client-only bundle drops the directive by design (60-odd warnings of noise).
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(warning.message)) {
              return;
            }
            warn(warning);
          },
        },
      },
    });
  },
});
