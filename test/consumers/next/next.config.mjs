/** Next's defaults: `next build` type-checks the app and fails on an error, as in a new app. */
export default {};
