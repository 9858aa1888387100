// What must not type-check: tsc fails on an unused @ts-expect-error, so each line below is
// proven to be an error.
import { EsArticleReader, EsReflectionCard, EsSafetyCompare, EsSupportResources } from 'emotional-safety-elements/react';

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error `set` is a string */}
      <EsSafetyCompare set={123} />
      {/* @ts-expect-error no such prop */}
      <EsSafetyCompare bogus="1" />
      {/* @ts-expect-error es-prompt-change's detail has `index`, not `id` */}
      <EsReflectionCard onPromptChange={(event) => event.detail.id} />
      {/* @ts-expect-error es-section-change's detail has `id`, not `index` */}
      <EsArticleReader onSectionChange={(event) => event.detail.index} />
      {/* @ts-expect-error `headingLevel` is a number */}
      <EsSupportResources headingLevel="3" />
      {/* @ts-expect-error `set` is a string */}
      <es-safety-compare set={123} />
      {/* @ts-expect-error no such prop */}
      <es-safety-compare bogus="1" />
      {/* @ts-expect-error es-prompt-change's detail has `index`, not `id` */}
      <es-reflection-card ones-prompt-change={(event) => event.detail.id} />
      {/* @ts-expect-error React 19 would listen for "EsPromptChange": the prop is ones-prompt-change */}
      <es-reflection-card onEsPromptChange={() => undefined} />
      {/* @ts-expect-error no markup goes in as a prop: content is text */}
      <es-reflection-card innerHTML="<img src=x onerror=alert(1)>" />
      {/* @ts-expect-error not an es-* tag */}
      <es-bogus />
    </>
  );
}
