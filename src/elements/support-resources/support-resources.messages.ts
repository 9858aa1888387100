/**
 * <es-support-resources>'s messages join the catalogue with the element: English at once, Spanish when
 * a page asks for it. An app that imports one element ships no other element's messages.
 */
import { addBuiltinMessages, addLazyMessages } from '../../l10n/index.js';
import { en } from '../../l10n/messages/support-resources.js';

addBuiltinMessages('en', en);
addLazyMessages('es', () => import('../../l10n/messages/es/support-resources.js').then((module) => module.es));
