<?php
/**
 * The six dynamic blocks, the classic-editor shortcode, and the quick exit on every page.
 * Blocks are dynamic: what an author saves is only the block comment with its attributes
 * (`<!-- wp:emotional-safety/safety-compare {"set":"is-vs-is-not"} /-->`), so Authors and
 * Contributors, who may not save HTML such as custom tags, can use every element.
 *
 * @package EmotionalSafetyElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', 'emotional_safety_elements_register_blocks', 20 );
add_action( 'init', 'emotional_safety_elements_register_shortcode' );
add_action( 'wp_body_open', 'emotional_safety_elements_print_quick_exit_everywhere', 0 );
add_action( 'wp_footer', 'emotional_safety_elements_print_quick_exit_late', 0 );

/**
 * Registers each block from its block.json, all with one render callback.
 *
 * @return void
 */
function emotional_safety_elements_register_blocks() {
	foreach ( array_keys( emotional_safety_elements_elements() ) as $element ) {
		register_block_type(
			EMOTIONAL_SAFETY_ELEMENTS_DIR . '/blocks/' . $element,
			array( 'render_callback' => 'emotional_safety_elements_render_block' )
		);
	}
}

/**
 * Renders any of the plugin's blocks.
 *
 * @param array<string, mixed> $attributes Block attributes (camelCase, as in block.json).
 * @param string               $content    Saved inner content (always empty: dynamic blocks).
 * @param WP_Block|null        $block      The block being rendered.
 * @return string
 */
function emotional_safety_elements_render_block( $attributes, $content = '', $block = null ) {
	$name    = $block instanceof WP_Block ? $block->name : '';
	$element = str_replace( 'emotional-safety/', '', $name );
	if ( 'quick-exit' === $element && emotional_safety_elements_quick_exit_is_global() ) {
		return '';
	}
	$wrapper = ' ' . get_block_wrapper_attributes();
	return emotional_safety_elements_render_element( $element, $attributes, $wrapper );
}

/**
 * Registers `[emotional_safety element="…"]` for the classic editor and widgets.
 *
 * @return void
 */
function emotional_safety_elements_register_shortcode() {
	add_shortcode( 'emotional_safety', 'emotional_safety_elements_shortcode' );
}

/**
 * `[emotional_safety element="safety-compare" set="is-vs-is-not"]`. Attributes are the
 * element's, written as in HTML (`safe-label`), or as the block's (`safeLabel`, which
 * WordPress lower-cases) or with underscores; a bare word switches a boolean on
 * (`[emotional_safety element="reflection-card" journal persist]`).
 *
 * @param array<string|int, string>|string $atts The shortcode's attributes.
 * @return string
 */
function emotional_safety_elements_shortcode( $atts ) {
	$atts    = is_array( $atts ) ? $atts : array();
	$element = isset( $atts['element'] ) ? strtolower( trim( preg_replace( '/^es-/', '', $atts['element'] ) ) ) : '';
	$known   = emotional_safety_elements_elements();
	if ( ! isset( $known[ $element ] ) ) {
		// Tell the people who can fix it; readers see nothing.
		if ( current_user_can( 'edit_posts' ) ) {
			/* translators: %s: the element names the shortcode accepts. */
			$message = sprintf( __( 'The [emotional_safety] shortcode needs element="…", one of: %s.', 'emotional-safety-elements' ), implode( ', ', array_keys( $known ) ) );
			return '<p><strong>' . esc_html( $message ) . '</strong></p>';
		}
		return '';
	}
	if ( 'quick-exit' === $element && emotional_safety_elements_quick_exit_is_global() ) {
		return '';
	}
	$attributes = array();
	foreach ( array_keys( $known[ $element ] ) as $name ) {
		$kebab = emotional_safety_elements_kebab( $name );
		foreach ( array( strtolower( $name ), $kebab, str_replace( '-', '_', $kebab ) ) as $key ) {
			if ( isset( $atts[ $key ] ) ) {
				$attributes[ $name ] = $atts[ $key ];
				break;
			}
		}
		// A bare word (`journal`) arrives as a value with a numeric key.
		foreach ( $atts as $key => $value ) {
			if ( is_int( $key ) && in_array( strtolower( $value ), array( strtolower( $name ), $kebab ), true ) ) {
				$attributes[ $name ] = true;
			}
		}
	}
	$wrapper = ' class="' . esc_attr( 'wp-block-emotional-safety-' . $element ) . '"';
	return emotional_safety_elements_render_element( $element, $attributes, $wrapper );
}

/**
 * True when "Quick exit on every page" is on and the exit at the top of the page is (or
 * will be) printed there: a quick-exit block or shortcode then prints nothing where it
 * stands, and its options go to that exit instead (two bars would cover each other).
 * Block themes always call `wp_body_open`; a classic theme that never does gets the
 * block where it stands, and the exit in the footer otherwise.
 *
 * @return bool
 */
function emotional_safety_elements_quick_exit_is_global() {
	if ( emotional_safety_elements_is_preview() || is_admin() ) {
		return false;
	}
	$settings = emotional_safety_elements_settings();
	if ( empty( $settings['quickExitEverywhere'] ) ) {
		return false;
	}
	return ( function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() ) || did_action( 'wp_body_open' ) > 0;
}

/**
 * The attributes of the first quick-exit block of the post being shown, if any, so the
 * exit at the top of the page keeps that block's destination and options.
 *
 * @return array<string, mixed>
 */
function emotional_safety_elements_quick_exit_block_attributes() {
	$post = is_singular() ? get_queried_object() : null;
	if ( ! $post instanceof WP_Post || false === strpos( $post->post_content, 'wp:emotional-safety/quick-exit' ) ) {
		return array();
	}
	$stack = parse_blocks( $post->post_content );
	while ( $stack ) {
		$block = array_shift( $stack );
		if ( 'emotional-safety/quick-exit' === $block['blockName'] ) {
			return is_array( $block['attrs'] ) ? $block['attrs'] : array();
		}
		$stack = array_merge( $block['innerBlocks'], $stack );
	}
	return array();
}

/**
 * Prints the quick exit first in `<body>` when "Quick exit on every page" is on.
 *
 * @return void
 */
function emotional_safety_elements_print_quick_exit_everywhere() {
	static $printed = false;
	$settings = emotional_safety_elements_settings();
	if ( $printed || empty( $settings['quickExitEverywhere'] ) || is_admin() || is_feed() ) {
		return;
	}
	$printed = true;
	$GLOBALS['emotional_safety_elements_quick_exit_printed'] = true;
	$html = emotional_safety_elements_quick_exit_everywhere_html( emotional_safety_elements_quick_exit_block_attributes() );
	echo $html . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every attribute and text is escaped when built.
}

/**
 * For classic themes that never call `wp_body_open`: the quick exit is then printed at
 * the start of the footer (still a top-layer bar once the script runs), unless a block
 * or shortcode already printed one where it stood.
 *
 * @return void
 */
function emotional_safety_elements_print_quick_exit_late() {
	if ( did_action( 'wp_body_open' ) || ! empty( $GLOBALS['emotional_safety_elements_quick_exit_printed'] ) || ! empty( $GLOBALS['emotional_safety_elements_quick_exit_in_content'] ) ) {
		return;
	}
	emotional_safety_elements_print_quick_exit_everywhere();
}
