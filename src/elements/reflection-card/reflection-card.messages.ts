/**
 * <es-reflection-card>'s messages join the catalogue with the element: English at once, Spanish when
 * a page asks for it. An app that imports one element ships no other element's messages.
 */
import { addBuiltinMessages, addLazyMessages } from '../../core/l10n/index.js';
import { en } from './messages/en.js';

addBuiltinMessages('en', en);
addLazyMessages('es', () => import('./messages/es.js').then((module) => module.es));
