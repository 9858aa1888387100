<?php
/**
 * The one script (assets/emotional-safety.js, the package's self-contained build), loaded
 * as a module only on pages that show an element; the CSS that reserves each element's
 * box before the script runs; and the script in the block editor for live previews.
 *
 * @package EmotionalSafetyElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Script handle (classic) and script module id (WordPress 6.5+). */
const EMOTIONAL_SAFETY_ELEMENTS_HANDLE = 'emotional-safety-elements';

add_action( 'init', 'emotional_safety_elements_register_assets', 5 );
add_filter( 'script_loader_tag', 'emotional_safety_elements_module_type', 10, 2 );
add_action( 'wp_enqueue_scripts', 'emotional_safety_elements_enqueue_for_page' );
add_action( 'enqueue_block_assets', 'emotional_safety_elements_enqueue_in_editor' );
add_filter( 'body_class', 'emotional_safety_elements_body_class' );

/**
 * The version in asset URLs: the plugin's, plus the script's modification time so a
 * rebuilt script is never served from a stale cache.
 *
 * @return string
 */
function emotional_safety_elements_asset_version() {
	$file = EMOTIONAL_SAFETY_ELEMENTS_DIR . '/assets/emotional-safety.js';
	return EMOTIONAL_SAFETY_ELEMENTS_VERSION . ( is_readable( $file ) ? '-' . filemtime( $file ) : '' );
}

/**
 * Registers the element script twice over: as a script module (WordPress 6.5+, the front
 * end) and as a classic handle printed with `type="module"` (the front end on 6.1–6.4,
 * and the block editor's canvas on every version, which loads classic handles only).
 * Also the editor controls, which use WordPress's own `wp.*` scripts: no build step.
 *
 * @return void
 */
function emotional_safety_elements_register_assets() {
	$url     = plugins_url( 'assets/emotional-safety.js', EMOTIONAL_SAFETY_ELEMENTS_FILE );
	$version = emotional_safety_elements_asset_version();
	wp_register_script( EMOTIONAL_SAFETY_ELEMENTS_HANDLE, $url, array(), $version, false );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( EMOTIONAL_SAFETY_ELEMENTS_HANDLE, $url, array(), $version );
	}
	wp_register_script(
		'emotional-safety-elements-editor',
		plugins_url( 'assets/editor.js', EMOTIONAL_SAFETY_ELEMENTS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		EMOTIONAL_SAFETY_ELEMENTS_VERSION,
		false
	);
	wp_set_script_translations( 'emotional-safety-elements-editor', 'emotional-safety-elements' );
	wp_add_inline_script(
		'emotional-safety-elements-editor',
		'window.emotionalSafetyElements = ' . wp_json_encode(
			array(
				'articles' => emotional_safety_elements_article_titles(),
			)
		) . ';',
		'before'
	);
}

/**
 * The built-in articles' ids and titles, for the editor's article picker.
 *
 * @return array<int, array{value: string, label: string}>
 */
function emotional_safety_elements_article_titles() {
	$options = array();
	foreach ( emotional_safety_elements_articles() as $id => $article ) {
		$options[] = array(
			'value' => (string) $id,
			'label' => (string) $article['title'],
		);
	}
	return $options;
}

/**
 * Prints the classic handle as a module (`type="module"`), which it is: WordPress before
 * 6.5 has no API for modules.
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle Its handle.
 * @return string
 */
function emotional_safety_elements_module_type( $tag, $handle ) {
	if ( EMOTIONAL_SAFETY_ELEMENTS_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}

/**
 * Enqueues the element script on the front end, once a page is known to show an element.
 *
 * @return void
 */
function emotional_safety_elements_enqueue() {
	if ( is_admin() || emotional_safety_elements_is_preview() ) {
		return;
	}
	$GLOBALS['emotional_safety_elements_needed'] = true;
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( EMOTIONAL_SAFETY_ELEMENTS_HANDLE );
	} else {
		wp_enqueue_script( EMOTIONAL_SAFETY_ELEMENTS_HANDLE );
	}
}

/**
 * True when the page being served shows an element: the quick exit is on every page, a
 * block theme has already rendered one of the blocks, or a post in the query holds a
 * block or the shortcode (a classic theme renders content after `<head>`).
 *
 * @return bool
 */
function emotional_safety_elements_page_needs_assets() {
	global $wp_query;
	$settings = emotional_safety_elements_settings();
	if ( ! empty( $settings['quickExitEverywhere'] ) || ! empty( $GLOBALS['emotional_safety_elements_needed'] ) ) {
		return true;
	}
	$posts = isset( $wp_query->posts ) && is_array( $wp_query->posts ) ? $wp_query->posts : array();
	foreach ( $posts as $post ) {
		if ( $post instanceof WP_Post && ( false !== strpos( $post->post_content, '<!-- wp:emotional-safety/' ) || has_shortcode( $post->post_content, 'emotional_safety' ) ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The CSS printed in `<head>`: the package's reserve CSS (src/embed/reserve.css, copied at
 * build time when present), which gives each element its box before the script runs.
 *
 * @return string
 */
function emotional_safety_elements_head_css() {
	$file = EMOTIONAL_SAFETY_ELEMENTS_DIR . '/assets/reserve.css';
	return is_readable( $file ) ? trim( (string) file_get_contents( $file ) ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
}

/**
 * On `wp_enqueue_scripts` (inside `<head>`): the script and the reserve CSS for pages that
 * show an element. The script must be enqueued here for the quick exit on every page: a
 * block theme prints script modules in `<head>`, before `wp_body_open`.
 *
 * @return void
 */
function emotional_safety_elements_enqueue_for_page() {
	if ( ! emotional_safety_elements_page_needs_assets() ) {
		return;
	}
	emotional_safety_elements_enqueue();
	$css = emotional_safety_elements_head_css();
	if ( '' !== $css ) {
		wp_register_style( 'emotional-safety-elements-reserve', false, array(), EMOTIONAL_SAFETY_ELEMENTS_VERSION );
		wp_enqueue_style( 'emotional-safety-elements-reserve' );
		wp_add_inline_style( 'emotional-safety-elements-reserve', $css );
	}
}

/**
 * In the block editor, the element script runs in the editor canvas so the live preview
 * (the block rendered by the server) shows the real element.
 *
 * @return void
 */
function emotional_safety_elements_enqueue_in_editor() {
	if ( ! is_admin() ) {
		return;
	}
	wp_enqueue_script( EMOTIONAL_SAFETY_ELEMENTS_HANDLE );
	$css = emotional_safety_elements_head_css();
	if ( '' !== $css ) {
		wp_register_style( 'emotional-safety-elements-reserve', false, array(), EMOTIONAL_SAFETY_ELEMENTS_VERSION );
		wp_enqueue_style( 'emotional-safety-elements-reserve' );
		wp_add_inline_style( 'emotional-safety-elements-reserve', $css );
	}
}

/**
 * True when a quick-exit block or shortcode is on the page, somewhere after the top of
 * `<body>` (the quick exit on every page is off): a block theme has already rendered it,
 * or a post in the query holds it (a classic theme renders content after `<body>`).
 *
 * @return bool
 */
function emotional_safety_elements_quick_exit_below() {
	global $wp_query;
	$settings = emotional_safety_elements_settings();
	if ( ! empty( $settings['quickExitEverywhere'] ) || is_admin() ) {
		return false;
	}
	if ( ! empty( $GLOBALS['emotional_safety_elements_quick_exit_in_content'] ) ) {
		return true;
	}
	$posts = isset( $wp_query->posts ) && is_array( $wp_query->posts ) ? $wp_query->posts : array();
	foreach ( $posts as $post ) {
		if ( $post instanceof WP_Post && preg_match( '/<!-- wp:emotional-safety\/quick-exit[\s\/]|\[emotional_safety[^\]]*element=["\']?quick-exit/', $post->post_content ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Marks `<body>` with `es-quick-exit-below` when the quick exit comes further down the
 * page: the reserve CSS then keeps the bar's room at the top from the first paint, so
 * nothing moves when a slow phone's parser reaches the element (src/embed/reserve.css).
 *
 * @param string[] $classes The body's classes.
 * @return string[]
 */
function emotional_safety_elements_body_class( $classes ) {
	if ( emotional_safety_elements_quick_exit_below() ) {
		$classes[] = 'es-quick-exit-below';
	}
	return $classes;
}
