/** The pages rendered on the server (render.mjs) and hydrated in Chromium (check.mjs). */
export const CASES = {
  bare: `<es-article-reader></es-article-reader>
<es-reflection-card></es-reflection-card>
<es-safety-compare></es-safety-compare>
<es-quick-exit><a href="https://www.bbc.com/weather">Leave this page</a></es-quick-exit>
<es-support-resources></es-support-resources>
<es-contact-cta href="mailto:hello@example.org"></es-contact-cta>`,
  practice: `<es-practice name="Harbour Counselling" contact-url="mailto:hello@harbour.example" phone="0808 2000 247" region="gb">
<es-contact-cta></es-contact-cta>
<es-support-resources></es-support-resources>
<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>
</es-practice>`,
  spanish: `<es-reflection-card lang="es"></es-reflection-card>
<es-practice locale="es"><es-safety-compare></es-safety-compare></es-practice>`,
};

