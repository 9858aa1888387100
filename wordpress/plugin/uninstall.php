<?php
/**
 * Runs when the plugin is deleted from Plugins → Installed Plugins: the practice settings
 * are the only thing it stores, so removing them leaves nothing behind.
 *
 * @package EmotionalSafetyElements
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'emotional_safety_elements' );
// A multisite network keeps one option per site.
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $emotional_safety_elements_site ) {
		delete_blog_option( $emotional_safety_elements_site, 'emotional_safety_elements' );
	}
}
