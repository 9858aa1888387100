import { useState } from 'react';
import { EsContactCta, EsPractice, EsQuickExit, EsReflectionCard, EsSafetyCompare } from 'emotional-safety-elements/react';

export function App() {
  const [prompt, setPrompt] = useState(0);
  return (
    <EsPractice name="Harbour Counselling" contactUrl="mailto:hello@example.com" region="gb">
      <EsQuickExit href="https://www.bbc.com/weather" />
      <EsSafetyCompare set="is-vs-is-not" onContentError={(event) => console.warn(event.detail.problem)} />
      <EsReflectionCard journal onPromptChange={(event) => setPrompt(event.detail.index)} />
      <p>Prompt {prompt + 1}</p>
      <EsContactCta />
    </EsPractice>
  );
}
