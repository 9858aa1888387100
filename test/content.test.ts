import { expect } from '@open-wc/testing';
import {
  ArticleSchema,
  BUILTINS,
  CONTENT_SCHEMAS,
  articleText,
  builtinArticles,
  builtinComparisonSets,
  builtinPromptSets,
  formatPath,
  validateContent,
  type ContentIssue,
} from '../src/content/index.js';
import { VERSION } from '../src/version.js';
import { SOURCE_FILES, normalize, sourceLines } from './helpers.js';

describe('built-in content', () => {
  for (const [id, file] of Object.entries(SOURCE_FILES)) {
    it(`“${id}” holds every line of ${file}, verbatim`, async () => {
      const lines = await sourceLines(file);
      expect(lines.length).to.be.greaterThan(15);
      const text = normalize(articleText(builtinArticles[id]!));
      const missing = lines.filter((line) => !text.includes(normalize(line)));
      expect(missing, 'lines missing from the built-in article').to.deep.equal([]);
    });

    it(`“${id}” uses the source's first line as its title and its headings as section headings`, async () => {
      const lines = await sourceLines(file);
      const article = builtinArticles[id]!;
      expect(article.title).to.equal(lines[0]);
      for (const section of article.sections) expect(lines).to.include(section.heading);
    });
  }

  it('keeps typographic quotes, dashes and the ellipsis', () => {
    const text = articleText(builtinArticles['rebuilding-safety-and-trust']!);
    expect(text).to.include('“I shared something I’ve never said before… and nothing bad happened.”');
    expect(text).to.include('micro-moments');
    expect(text).to.include('—');
    expect(text).not.to.include("'");
  });

  it('gives “How Therapy Helps You Relearn Safety” as terms and “The Shift” a quote', () => {
    const article = builtinArticles['rebuilding-safety-and-trust']!;
    const relearn = article.sections.find((s) => s.id === 'how-therapy-helps-you-relearn-safety')!;
    const terms = relearn.blocks.find((b) => b.type === 'terms');
    expect(terms?.type === 'terms' && terms.items.map((i) => i.term)).to.deep.equal([
      'Co-regulation',
      'Exploration of Patterns',
      'Practice in Real Time',
    ]);
    const shift = article.sections.find((s) => s.id === 'the-shift')!;
    expect(shift.blocks.some((b) => b.type === 'quote')).to.equal(true);
  });

  it('passes its own schema, every piece of it', () => {
    for (const [kind, items] of Object.entries(BUILTINS)) {
      for (const [id, item] of Object.entries(items)) {
        const result = validateContent(kind as keyof typeof BUILTINS, item);
        expect(result.ok, `${kind} ${id}: ${JSON.stringify(!result.ok && result.issues)}`).to.equal(true);
        expect(item.id).to.equal(id);
      }
    }
  });

  it('traces every prompt and comparison row to a real article section', () => {
    const sources = [
      ...Object.values(builtinPromptSets).flatMap((set) => set.prompts.map((p) => p.source)),
      ...Object.values(builtinComparisonSets).flatMap((set) => set.rows.map((r) => r.source)),
    ];
    expect(sources.length).to.be.greaterThan(15);
    for (const source of sources) {
      expect(source, 'every built-in item names its source').to.not.equal(undefined);
      const article = builtinArticles[source!.article];
      expect(article, `article ${source!.article}`).to.not.equal(undefined);
      expect(article!.sections.map((s) => s.id)).to.include(source!.section);
    }
  });

  it('quotes the articles verbatim in every comparison explanation', () => {
    const all = normalize(Object.values(builtinArticles).map((a) => articleText(a)).join('\n'));
    for (const set of Object.values(builtinComparisonSets)) {
      for (const row of set.rows) expect(all, row.id).to.include(row.explanation!);
    }
  });

  it('covers the contrasts the comparison issue names', () => {
    const rows = builtinComparisonSets['safe-vs-unsafe']!.rows.map((r) => `${r.safe} / ${r.unsafe}`);
    for (const pair of [
      'Responsiveness / Reactivity',
      'Curiosity / Contempt',
      'Accountability / Defensiveness',
      'Care / Control',
    ]) {
      expect(rows).to.include(pair);
    }
  });
});

describe('content validation', () => {
  const validArticle = () => structuredClone(builtinArticles['what-emotional-safety-means']!) as unknown as Record<string, any>;

  function issues(value: unknown, kind: keyof typeof CONTENT_SCHEMAS = 'article'): ContentIssue[] {
    const result = validateContent(kind, value);
    return result.ok ? [] : result.issues;
  }

  it('names the field and what was expected when a heading is missing', () => {
    const article = validArticle();
    delete article.sections[2].heading;
    const [issue] = issues(article);
    expect(formatPath(issue!.path)).to.equal('sections[2].heading');
    expect(issue).to.include({ code: 'missing', expected: 'text' });
  });

  it('reports a wrong type with what it found', () => {
    const article = validArticle();
    article.title = 42;
    expect(issues(article)[0]).to.deep.include({ code: 'type', expected: 'text', received: 'number' });
  });

  it('refuses unknown block types and lists the allowed ones', () => {
    const article = validArticle();
    article.sections[0].blocks[0] = { type: 'html', text: '<b>hi</b>' };
    const [issue] = issues(article);
    expect(formatPath(issue!.path)).to.equal('sections[0].blocks[0].type');
    expect(issue).to.deep.include({ code: 'one-of', allowed: ['paragraph', 'list', 'terms', 'quote'] });
  });

  it('refuses section ids that would break links, and repeated ids', () => {
    const article = validArticle();
    article.sections[1].id = 'Not An Id';
    article.sections[3].id = article.sections[0].id;
    const found = issues(article);
    expect(found.map((i) => `${formatPath(i.path)} ${i.code}`)).to.deep.equal([
      'sections[1].id format',
      'sections[3].id duplicate',
    ]);
  });

  it('refuses empty text, empty lists, bad dates and a top level that is not an object', () => {
    const article = validArticle();
    article.title = '   ';
    article.sections[0].blocks = [];
    article.lastReviewed = '22/11/2026';
    expect(issues(article).map((i) => i.code)).to.deep.equal(['empty', 'format', 'empty']);
    expect(issues([])).to.deep.equal([{ path: [], code: 'type', expected: 'group', received: 'list' }]);
  });

  it('checks prompt sets and comparison sets too', () => {
    expect(issues({ id: 'mine', title: 'Mine', prompts: [{ id: 'a' }] }, 'prompt-set')[0]).to.deep.include({
      code: 'missing',
      path: ['prompts', 0, 'text'],
    });
    expect(issues({ id: 'mine', title: 'Mine', rows: [{ id: 'a', safe: 'x', unsafe: 1 }] }, 'comparison-set')[0])
      .to.deep.include({ code: 'type', path: ['rows', 0, 'unsafe'] });
  });
});

describe('published JSON Schema', () => {
  for (const [kind, schema] of Object.entries(CONTENT_SCHEMAS)) {
    it(`schema/${kind}.schema.json is generated from the source schema`, async () => {
      const response = await fetch(`/schema/${kind}.schema.json`);
      expect(response.ok, 'run "npm run schema"').to.equal(true);
      const published = await response.json();
      expect(published.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      const { $schema: _s, $id: _i, ...rest } = published;
      expect(rest).to.deep.equal(schema.toJsonSchema());
    });
  }

  it('describes the article fields for designers', () => {
    const json = ArticleSchema.toJsonSchema() as { properties: Record<string, { description?: string }> };
    expect(json.properties.sections!.description).to.be.a('string');
  });
});

describe('package version', () => {
  it('matches package.json, so two versions on one page can be told apart', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
