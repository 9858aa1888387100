<?php
/**
 * Plugin Name:       Emotional Safety Elements
 * Plugin URI:        https://www.npmjs.com/package/emotional-safety-elements
 * Description:       A therapy practice's writing on emotional safety in relationships, as blocks: an article reader, reflection cards, a safe-vs-not-safe comparison, a quick exit, support resources and a contact call to action.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Emotional Safety Elements contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       emotional-safety-elements
 * Domain Path:       /languages
 *
 * @package EmotionalSafetyElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'EMOTIONAL_SAFETY_ELEMENTS_VERSION', '0.1.0' );
define( 'EMOTIONAL_SAFETY_ELEMENTS_FILE', __FILE__ );
define( 'EMOTIONAL_SAFETY_ELEMENTS_DIR', __DIR__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';

add_action( 'init', 'emotional_safety_elements_load_textdomain' );

/**
 * Loads the plugin's translations (bundled ones, if any; WordPress.org language packs load on their own).
 *
 * @return void
 */
function emotional_safety_elements_load_textdomain() {
	load_plugin_textdomain( 'emotional-safety-elements', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
