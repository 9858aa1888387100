/**
 * The snippet builder's pure part, builder/snippet.js (issue #18 item 5): options in, text
 * out, with no browser. The page itself, in a browser: test/e2e/builder.e2e.mjs.
 *
 * Run: node --test test/e2e/builder-snippet.e2e.mjs
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  acceptUrl,
  check,
  defaultChoices,
  elementTags,
  escapeAttribute,
  htmlSnippet,
  reserveRules,
  snippetParts,
  wixSheet,
  wordpressBlocks,
} from '../../builder/snippet.js';
import { HOSTILE_NAME, RESERVE_FIXTURE } from './builder-helpers.mjs';

describe('builder/snippet.js', () => {
  const reserveCss = RESERVE_FIXTURE;
  const choices = {
    ...defaultChoices(),
    name: 'Harbour Counselling',
    contactUrl: 'mailto:hello@example.com',
    phone: '+44 20 7946 0000',
    region: 'gb',
    exitUrl: 'https://example.org/weather',
    scriptUrl: 'https://www.example.com/files/emotional-safety.js',
    articleReader: true,
    article: 'rebuilding-safety-and-trust',
    reflectionCard: true,
    journal: true,
    persist: true,
    compareSet: 'is-vs-is-not',
    reserveCss,
  };

  it('escapes attribute values and accepts only http(s), mailto and tel links', () => {
    assert.equal(escapeAttribute(`a"b<c>&'d`), 'a&quot;b&lt;c&gt;&amp;&#39;d');
    assert.equal(acceptUrl('https://example.com/x', ['https:']), 'https://example.com/x');
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'https://', '//evil.example', 'example.com']) {
      assert.equal(acceptUrl(bad, ['https:', 'http:', 'mailto:', 'tel:']), null, bad);
    }
    const { values, problems } = check({ ...choices, contactUrl: 'javascript:alert(1)', exitUrl: 'data:text/html,hi', scriptUrl: 'javascript:x' });
    assert.deepEqual(values, { contactUrl: '', exitUrl: '', scriptUrl: '' });
    assert.match(problems.contactUrl, /https:\/\/.*mailto:.*tel:/);
    assert.match(problems.exitUrl, /https:\/\//);
    assert.match(problems.scriptUrl, /https:\/\//);
    assert.match(check({ ...choices, contactUrl: 'hello@example.com' }).problems.contactUrl, /mailto:hello@example\.com/);
    assert.equal(check({ ...choices, scriptUrl: '/js/emotional-safety.js' }).values.scriptUrl, '/js/emotional-safety.js');
    assert.equal(check({ ...choices, contactUrl: 'tel:+442079460000' }).values.contactUrl, 'tel:+442079460000');
  });

  it('writes readable HTML: the script tag, the reserves, <es-practice> with the settings, the quick exit first with its link', () => {
    const text = htmlSnippet(choices);
    const lines = text.trim().split('\n');
    assert.ok(lines.length > 10 && lines.every((line) => line.length <= 100), 'multi-line, no long lines');
    assert.equal(lines[0], '<script type="module" src="https://www.example.com/files/emotional-safety.js"></script>');
    for (const part of ['name="Harbour Counselling"', 'contact-url="mailto:hello@example.com"', 'phone="+44 20 7946 0000"', 'region="gb"', 'exit-url="https://example.org/weather"', 'locale="en"']) {
      assert.ok(text.includes(part), part);
    }
    assert.ok(!text.includes('theme='), 'no theme: the elements follow the site');
    const tags = [...text.matchAll(/<(es-[a-z-]+)/g)].map((m) => m[1]);
    assert.deepEqual(tags, ['es-practice', 'es-quick-exit', 'es-article-reader', 'es-reflection-card', 'es-safety-compare', 'es-support-resources', 'es-contact-cta']);
    assert.ok(text.includes('<es-quick-exit><a href="https://example.org/weather">Leave this page</a></es-quick-exit>'));
    assert.ok(text.includes('<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>'));
    assert.ok(text.includes('<es-reflection-card journal persist></es-reflection-card>'));
    assert.ok(text.includes('<es-safety-compare set="is-vs-is-not"></es-safety-compare>'));
    assert.match(text, /<style>\n {2}es-quick-exit:not\(:defined\) \{\n {4}display: flex;/);
    assert.ok(text.indexOf('<style>') < text.indexOf('<es-practice'));
    // Spanish: the fallback link speaks the page's language.
    assert.ok(htmlSnippet({ ...choices, locale: 'es' }).includes('>Salir de esta página</a>'));
    // No exit page given: the element's neutral default, never an empty link.
    assert.ok(htmlSnippet({ ...choices, exitUrl: '' }).includes('<a href="https://www.bbc.com/weather">'));
  });

  it('escapes a hostile name and leaves out a javascript: link', () => {
    const text = htmlSnippet({ ...choices, name: HOSTILE_NAME, contactUrl: 'javascript:alert(1)' });
    assert.ok(text.includes('name="Sam &quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;"'));
    assert.ok(!text.includes('javascript:'));
    assert.equal(text.match(/<script/g).length, 1, 'only the module script tag');
  });

  it('keeps only the reserve rules of the chosen elements (and the provider)', () => {
    const only = reserveRules(reserveCss, ['es-practice', 'es-safety-compare']);
    assert.match(only, /^es-safety-compare:not\(:defined\) \{/m);
    assert.match(only, /@media \(min-width: 40em\) \{\n {2}es-safety-compare:not\(:defined\) \{\n {4}min-height: 42em;/);
    assert.match(only, /es-practice:not\(:defined\)/);
    assert.doesNotMatch(only, /es-article-reader|es-quick-exit|es-reflection-card/);
    assert.match(only, /^:is\(es-safety-compare\):not\(:defined\):not\(:first-child\) \{/m, ':is() lists narrowed to the chosen elements');
    assert.match(only, /is-vs-is-not/, 'without the snippet’s attributes, every set’s rule');
    const safeSet = new Map([['es-safety-compare', [['set', 'safe-vs-unsafe']]]]);
    assert.doesNotMatch(reserveRules(reserveCss, ['es-safety-compare'], '', safeSet), /is-vs-is-not/, 'only the rules for the chosen set');
    assert.doesNotMatch(reserveRules(reserveCss, ['es-reflection-card']), /:is\(/, 'an :is() with no chosen element is dropped');
    assert.equal(reserveRules(reserveCss, ['es-support-resources']), '');
    assert.deepEqual(elementTags('es-practice:not(:defined) > :not(:first-child):not(es-quick-exit)'), ['es-practice']);
    assert.deepEqual(elementTags("es-safety-compare[set='is-vs-is-not']:not(:defined)"), ['es-safety-compare']);
    const none = htmlSnippet({ ...choices, reserveCss: '' });
    assert.ok(!none.includes('<style>'), 'no reserve file, no empty <style>');
  });

  it('splits Squarespace into the header (script, reserves, quick exit) and a Code Block', () => {
    const [header, block] = snippetParts(choices, 'squarespace');
    assert.match(header.text, /^<script type="module"/);
    assert.ok(header.text.includes('<es-quick-exit><a href="https://example.org/weather">Leave this page</a></es-quick-exit>'));
    assert.ok(!block.text.includes('es-quick-exit'));
    assert.match(block.text, /^<es-practice\n {2}name="Harbour Counselling"/);
  });

  it('lists each Wix Custom Element with the practice settings on it, and WordPress blocks in camelCase', () => {
    const sheet = wixSheet(choices);
    assert.match(sheet, /Server URL \(for every element\): https:\/\/www\.example\.com\/files\/emotional-safety\.js/);
    assert.match(sheet, /Tag Name: es-quick-exit\n {3}Attribute href = https:\/\/example\.org\/weather/);
    assert.match(sheet, /Tag Name: es-support-resources\n {3}Attribute region = gb/);
    assert.match(sheet, /Attribute href = mailto:hello@example\.com\n {3}Attribute label = Talk with Harbour Counselling/);
    const blocks = wordpressBlocks({ ...choices, article: 'rebuilding-safety-and-trust' });
    assert.ok(blocks.includes('<!-- wp:emotional-safety/reflection-card {"journal":true,"persist":true} /-->'));
    assert.ok(blocks.includes('<!-- wp:emotional-safety/safety-compare {"set":"is-vs-is-not"} /-->'));
    assert.ok(!blocks.includes('quick-exit'), 'the quick exit is the settings page’s, on every page');
    const [settings] = snippetParts(choices, 'wordpress');
    assert.match(settings.text, /^Settings → Emotional safety\n/);
    assert.match(settings.text, /every page of the site”: ticked/);
    assert.match(settings.text, /Support lines for: United Kingdom/);
  });
});
