/**
 * Settings for `cem analyze` (npm run analyze). The manifest documents the public API
 * only: private (#) and protected members are left out, so Storybook's docs tables and
 * editors show what a page author can actually use. Modules are listed by path.
 */
export default {
  globs: ['src/index.ts', 'src/elements/**/*.ts', 'src/internal/es-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer lists modules in the order its file search returns them, which
        // varies between runs; sorted, the checked-in manifest only changes with the code.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            // Public is the default: fields declared for `static properties` say so, and
            // decorated ones did not; the manifest reads the same either way.
            for (const member of declaration.members) if (member.privacy === 'public') delete member.privacy;
            declaration.members = declaration.members.filter(
              (member) =>
                !member.name.startsWith('#') &&
                member.privacy !== 'private' &&
                member.privacy !== 'protected' &&
                !member.static,
            );
          }
        }
      },
    },
  ],
};
