import { useRef } from 'react';
import 'emotional-safety-elements';
import type {} from 'emotional-safety-elements/react';

export function Tags() {
  const compare = useRef<HTMLElementTagNameMap['es-safety-compare']>(null);
  return (
    <es-practice name="Harbour Counselling" contact-url="mailto:hello@example.com">
      <es-safety-compare ref={compare} set="is-vs-is-not" safe-label="Safe" />
      <es-reflection-card journal ones-prompt-change={(event) => console.log(event.detail.index)} />
      <es-article-reader heading-level={3} ones-section-change={(event) => console.log(event.detail.id)} />
    </es-practice>
  );
}
