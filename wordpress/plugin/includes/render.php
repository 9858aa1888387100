<?php
/**
 * Turns a block's or shortcode's attributes into an `es-*` tag: every attribute escaped,
 * the practice settings on an `<es-practice>` around it, and fallback content inside
 * (the quick exit's link, the article's text) so readers without JavaScript, and search
 * engines, get the words and the page does not move when the script arrives.
 *
 * @package EmotionalSafetyElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Where the quick exit goes when neither the block nor the settings say: the element's own default. */
const EMOTIONAL_SAFETY_ELEMENTS_DEFAULT_EXIT = 'https://www.bbc.com/weather';

/** The article the reader shows without an `article` attribute (the element's default). */
const EMOTIONAL_SAFETY_ELEMENTS_DEFAULT_ARTICLE = 'what-emotional-safety-means';

/**
 * Every element, with its attributes in camelCase (the block attribute names) and how
 * each is printed: `string`, `bool` (present or absent), `int`, `url` (http/https),
 * `contact` (http/https/mailto/tel), or a list of allowed values.
 *
 * @return array<string, array<string, string|string[]>>
 */
function emotional_safety_elements_elements() {
	$theme = array( 'light', 'dark', 'auto' );
	return array(
		'article-reader'    => array(
			'article'      => 'string',
			'src'          => 'url',
			'headingLevel' => 'int',
			'persist'      => 'bool',
			'theme'        => $theme,
		),
		'reflection-card'   => array(
			'set'     => 'string',
			'src'     => 'url',
			'prompt'  => 'string',
			'journal' => 'bool',
			'persist' => 'bool',
			'index'   => 'int',
			'theme'   => $theme,
		),
		'safety-compare'    => array(
			'set'          => 'string',
			'src'          => 'url',
			'safeLabel'    => 'string',
			'unsafeLabel'  => 'string',
			'interactive'  => 'bool',
			'explanations' => 'bool',
			'theme'        => $theme,
		),
		'quick-exit'        => array(
			'href'        => 'url',
			'position'    => array( 'top', 'bottom' ),
			'clearStored' => 'bool',
			// The old name, as posts saved it and shortcodes may still write it.
			'clearNotes'  => 'bool',
			'theme'       => $theme,
		),
		'support-resources' => array(
			'region'       => 'string',
			'src'          => 'url',
			'headingLevel' => 'int',
			'theme'        => $theme,
		),
		'contact-cta'       => array(
			'href'  => 'contact',
			'label' => 'string',
			'phone' => 'string',
			'theme' => $theme,
		),
	);
}

/**
 * `safeLabel` → `safe-label`.
 *
 * @param string $name A camelCase attribute name.
 * @return string
 */
function emotional_safety_elements_kebab( $name ) {
	return strtolower( preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', $name ) );
}

/**
 * True for the values a block (`true`) or a shortcode (`"true"`, `"1"`, `"yes"`, or the
 * bare word) uses to switch a boolean on.
 *
 * @param mixed $value The attribute's value.
 * @return bool
 */
function emotional_safety_elements_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( is_int( $value ) ) {
		return 0 !== $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}

/**
 * The element's own attributes as escaped HTML (` set="is-vs-is-not" journal`), from the
 * known ones only; empty values are left out so the element's defaults apply.
 *
 * @param string               $element    The element name without `es-`.
 * @param array<string, mixed> $attributes Block attributes (camelCase).
 * @return string
 */
function emotional_safety_elements_attribute_html( $element, $attributes ) {
	$known = emotional_safety_elements_elements();
	$html  = '';
	foreach ( $known[ $element ] as $name => $kind ) {
		if ( ! isset( $attributes[ $name ] ) || '' === $attributes[ $name ] || is_array( $attributes[ $name ] ) ) {
			continue;
		}
		$value = $attributes[ $name ];
		$attr  = emotional_safety_elements_kebab( $name );
		if ( 'bool' === $kind ) {
			if ( emotional_safety_elements_truthy( $value ) ) {
				$html .= ' ' . $attr;
			}
			continue;
		}
		if ( 'int' === $kind ) {
			if ( is_numeric( $value ) ) {
				$html .= sprintf( ' %s="%d"', $attr, (int) $value );
			}
			continue;
		}
		$value = trim( (string) $value );
		if ( 'url' === $kind || 'contact' === $kind ) {
			$protocols = 'url' === $kind ? array( 'https', 'http' ) : array( 'https', 'http', 'mailto', 'tel' );
			$value     = esc_url( $value, $protocols );
		} elseif ( is_array( $kind ) ) {
			$value = in_array( $value, $kind, true ) ? esc_attr( $value ) : '';
		} else {
			$value = esc_attr( $value );
		}
		if ( '' !== $value ) {
			$html .= sprintf( ' %s="%s"', $attr, $value );
		}
	}
	return $html;
}

/**
 * The practice settings as `<es-practice>` attributes.
 *
 * @return string
 */
function emotional_safety_elements_practice_attribute_html() {
	$s    = emotional_safety_elements_settings();
	$html = '';
	$map  = array(
		'name'       => 'name',
		'contactUrl' => 'contact-url',
		'phone'      => 'phone',
		'region'     => 'region',
		'exitUrl'    => 'exit-url',
		'locale'     => 'locale',
		'theme'      => 'theme',
	);
	foreach ( $map as $key => $attr ) {
		$value = is_string( $s[ $key ] ) ? trim( $s[ $key ] ) : '';
		if ( '' === $value ) {
			continue;
		}
		if ( 'contactUrl' === $key ) {
			$value = esc_url( $value, array( 'https', 'http', 'mailto', 'tel' ) );
		} elseif ( 'exitUrl' === $key ) {
			$value = esc_url( $value, array( 'https', 'http' ) );
		} else {
			$value = esc_attr( $value );
		}
		if ( '' !== $value ) {
			$html .= sprintf( ' %s="%s"', $attr, $value );
		}
	}
	return $html;
}

/**
 * The built-in articles, as written at build time from the package's own content
 * (src/content/articles/*.ts), keyed by id.
 *
 * @return array<string, array<string, mixed>>
 */
function emotional_safety_elements_articles() {
	static $articles = null;
	if ( null === $articles ) {
		$file     = EMOTIONAL_SAFETY_ELEMENTS_DIR . '/content/articles.json';
		$decoded  = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$articles = is_array( $decoded ) ? $decoded : array();
	}
	return $articles;
}

/**
 * One block of an article as HTML, with the same elements the reader renders.
 *
 * @param array<string, mixed> $block A paragraph, list, terms or quote block.
 * @return string
 */
function emotional_safety_elements_article_block_html( $block ) {
	$type = isset( $block['type'] ) ? $block['type'] : '';
	switch ( $type ) {
		case 'paragraph':
			return '<p>' . esc_html( $block['text'] ) . '</p>';
		case 'list':
			$tag   = empty( $block['ordered'] ) ? 'ul' : 'ol';
			$items = '';
			foreach ( (array) $block['items'] as $item ) {
				$items .= '<li>' . esc_html( $item ) . '</li>';
			}
			return "<$tag>$items</$tag>";
		case 'terms':
			$items = '';
			foreach ( (array) $block['items'] as $item ) {
				/* translators: separates a term from its description, as in "Co-regulation: …". */
				$separator = __( ': ', 'emotional-safety-elements' );
				$items    .= '<div><dt>' . esc_html( $item['term'] . $separator ) . '</dt><dd>' . esc_html( $item['description'] ) . '</dd></div>';
			}
			return "<dl>$items</dl>";
		case 'quote':
			$html = empty( $block['lead'] ) ? '' : '<p>' . esc_html( $block['lead'] ) . '</p>';
			$html .= '<figure><blockquote><p>' . esc_html( $block['text'] ) . '</p></blockquote>';
			$html .= empty( $block['cite'] ) ? '' : '<figcaption>' . esc_html( $block['cite'] ) . '</figcaption>';
			return $html . '</figure>';
	}
	return '';
}

/**
 * A built-in article as plain HTML (title, content note, every section heading with its
 * stable id, every paragraph): the reader's light DOM. Readers without JavaScript and
 * search engines read it; once the element runs it shows its own rendering instead.
 *
 * @param string $id            The article id.
 * @param int    $heading_level Level of the title heading; sections are one below.
 * @return string Empty for an unknown id.
 */
function emotional_safety_elements_article_html( $id, $heading_level = 2 ) {
	$articles = emotional_safety_elements_articles();
	if ( ! isset( $articles[ $id ] ) ) {
		return '';
	}
	$article = $articles[ $id ];
	$level   = max( 1, min( 5, (int) $heading_level ) );
	$section = $level + 1;
	$html    = sprintf( '<h%1$d>%2$s</h%1$d>', $level, esc_html( $article['title'] ) );
	if ( ! empty( $article['contentNote'] ) ) {
		$html .= '<p><strong>' . esc_html__( 'Content note:', 'emotional-safety-elements' ) . '</strong> ' . esc_html( $article['contentNote'] ) . '</p>';
	}
	foreach ( isset( $article['intro'] ) ? (array) $article['intro'] : array() as $block ) {
		$html .= emotional_safety_elements_article_block_html( $block );
	}
	foreach ( (array) $article['sections'] as $part ) {
		$html .= sprintf( '<h%1$d id="%2$s">%3$s</h%1$d>', $section, esc_attr( $part['id'] ), esc_html( $part['heading'] ) );
		foreach ( (array) $part['blocks'] as $block ) {
			$html .= emotional_safety_elements_article_block_html( $block );
		}
	}
	return $html;
}

/**
 * Where the quick exit goes: the block's `href`, else the practice's exit page, else the
 * element's default.
 *
 * @param array<string, mixed> $attributes Block attributes.
 * @return string An escaped URL.
 */
function emotional_safety_elements_exit_url( $attributes ) {
	$settings = emotional_safety_elements_settings();
	foreach ( array( isset( $attributes['href'] ) ? $attributes['href'] : '', $settings['exitUrl'] ) as $candidate ) {
		$url = is_string( $candidate ) ? esc_url( trim( $candidate ), array( 'https', 'http' ) ) : '';
		if ( '' !== $url ) {
			return $url;
		}
	}
	return esc_url( EMOTIONAL_SAFETY_ELEMENTS_DEFAULT_EXIT );
}

/**
 * True while WordPress renders a block for the editor's live preview (the block-renderer
 * REST endpoint), not for a reader.
 *
 * @return bool
 */
function emotional_safety_elements_is_preview() {
	return defined( 'REST_REQUEST' ) && REST_REQUEST;
}

/**
 * The HTML of one element, wrapped in `<es-practice>` carrying the practice settings.
 * The wrapper is `display: block` so it is the box the theme's layout places (content
 * column, spacing between blocks); the element fills it.
 *
 * @param string               $element    Element name without `es-`, e.g. `safety-compare`.
 * @param array<string, mixed> $attributes Attributes in camelCase.
 * @param string               $wrapper    Extra escaped attributes for the wrapper (block classes).
 * @return string
 */
function emotional_safety_elements_render_element( $element, $attributes, $wrapper = '' ) {
	$known = emotional_safety_elements_elements();
	if ( ! isset( $known[ $element ] ) ) {
		return '';
	}
	$attributes = is_array( $attributes ) ? $attributes : array();

	if ( 'quick-exit' === $element && emotional_safety_elements_is_preview() ) {
		return emotional_safety_elements_quick_exit_preview( $attributes, $wrapper );
	}

	$inner = '';
	if ( 'quick-exit' === $element ) {
		$attributes = emotional_safety_elements_quick_exit_attributes( $attributes );
		$GLOBALS['emotional_safety_elements_quick_exit_in_content'] = true;
		// The way out before the script runs, and whenever it cannot run.
		$inner = sprintf( '<a href="%s">%s</a>', emotional_safety_elements_exit_url( $attributes ), esc_html__( 'Leave this page', 'emotional-safety-elements' ) );
	} elseif ( 'article-reader' === $element && empty( $attributes['src'] ) ) {
		// Always name the article: with `article` set, the element shows its own rendering
		// and hides this light DOM, which is there for readers without JavaScript.
		if ( empty( $attributes['article'] ) || ! is_string( $attributes['article'] ) ) {
			$attributes['article'] = EMOTIONAL_SAFETY_ELEMENTS_DEFAULT_ARTICLE;
		}
		$level = isset( $attributes['headingLevel'] ) && is_numeric( $attributes['headingLevel'] ) ? (int) $attributes['headingLevel'] : 2;
		$inner = emotional_safety_elements_article_html( $attributes['article'], $level );
	}

	emotional_safety_elements_enqueue();
	return sprintf(
		'<es-practice%1$s%2$s style="display:block">%3$s</es-practice>',
		$wrapper,
		emotional_safety_elements_practice_attribute_html(),
		emotional_safety_elements_tag( $element, $attributes, $inner )
	);
}

/**
 * A quick-exit block's attributes with the old `clearNotes` given as `clearStored`, the
 * element's name for it (the element still knows the old one, but warns).
 *
 * @param array<string, mixed> $attributes Attributes in camelCase.
 * @return array<string, mixed>
 */
function emotional_safety_elements_quick_exit_attributes( $attributes ) {
	if ( isset( $attributes['clearNotes'] ) ) {
		if ( ! isset( $attributes['clearStored'] ) ) {
			$attributes['clearStored'] = $attributes['clearNotes'];
		}
		unset( $attributes['clearNotes'] );
	}
	return $attributes;
}

/**
 * One `es-*` tag with its escaped attributes around already-escaped inner HTML.
 *
 * @param string               $element    Element name without `es-`.
 * @param array<string, mixed> $attributes Attributes in camelCase.
 * @param string               $inner      Escaped inner HTML (fallback content).
 * @param string               $extra      Extra escaped attributes, such as ` lang="es"`.
 * @return string
 */
function emotional_safety_elements_tag( $element, $attributes, $inner = '', $extra = '' ) {
	$tag = 'es-' . $element;
	return sprintf( '<%1$s%2$s%3$s>%4$s</%1$s>', $tag, emotional_safety_elements_attribute_html( $element, $attributes ), $extra, $inner );
}

/**
 * The quick exit printed first in `<body>` on every page: the bare element, not inside
 * `<es-practice>`, so the reserve CSS recognises it as the page's first row (a bar that
 * takes room at the top) and nothing moves when it upgrades. The practice settings it
 * needs are on it instead: the destination on its link, the colours as `theme`, the
 * language as `lang`.
 *
 * @param array<string, mixed> $attributes Attributes of the post's quick-exit block, if any.
 * @return string
 */
function emotional_safety_elements_quick_exit_everywhere_html( $attributes ) {
	$settings   = emotional_safety_elements_settings();
	$attributes = emotional_safety_elements_quick_exit_attributes( is_array( $attributes ) ? $attributes : array() );
	if ( empty( $attributes['theme'] ) && '' !== $settings['theme'] ) {
		$attributes['theme'] = $settings['theme'];
	}
	$lang = '' !== $settings['locale'] ? sprintf( ' lang="%s"', esc_attr( $settings['locale'] ) ) : '';
	$link = sprintf( '<a href="%s">%s</a>', emotional_safety_elements_exit_url( $attributes ), esc_html__( 'Leave this page', 'emotional-safety-elements' ) );
	$GLOBALS['emotional_safety_elements_quick_exit_in_content'] = true;
	emotional_safety_elements_enqueue();
	return emotional_safety_elements_tag( 'quick-exit', $attributes, $link, $lang );
}

/**
 * What the editor shows for a quick exit. Not the element itself: it listens for Shift
 * pressed three times, and authors press Shift all the time while writing.
 *
 * @param array<string, mixed> $attributes Block attributes.
 * @param string               $wrapper    Escaped wrapper attributes.
 * @return string
 */
function emotional_safety_elements_quick_exit_preview( $attributes, $wrapper ) {
	$settings = emotional_safety_elements_settings();
	$note     = $settings['quickExitEverywhere']
		? __( 'The quick exit is already at the top of every page (Settings → Emotional safety); this block adds its options to it.', 'emotional-safety-elements' )
		: __( 'Readers see a “Leave this page” bar at the top of the screen, and can press Shift three times to leave.', 'emotional-safety-elements' );
	return sprintf(
		'<div%1$s><p><a href="%2$s">%3$s</a></p><p>%4$s</p></div>',
		$wrapper,
		emotional_safety_elements_exit_url( $attributes ),
		esc_html__( 'Leave this page', 'emotional-safety-elements' ),
		esc_html( $note )
	);
}
