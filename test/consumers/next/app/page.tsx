'use client';
import { useState } from 'react';
import { EsArticleReader, EsContactCta, EsPractice, EsQuickExit, EsReflectionCard } from 'emotional-safety-elements/react';

export default function Page() {
  const [section, setSection] = useState('');
  return (
    <EsPractice name="Harbour Counselling" contactUrl="mailto:hello@example.com" region="gb">
      <EsQuickExit href="https://www.bbc.com/weather" />
      <EsArticleReader headingLevel={1} onSectionChange={(event) => setSection(event.detail.id ?? '')} />
      <p>Reading: {section || 'the start'}</p>
      <EsReflectionCard journal />
      <EsContactCta />
    </EsPractice>
  );
}
