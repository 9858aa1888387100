<?php
/**
 * The practice settings: one option, `emotional_safety_elements`, shown on
 * Settings → Emotional safety and in the REST settings endpoint (/wp/v2/settings).
 *
 * @package EmotionalSafetyElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option name, fixed by the public contract. */
const EMOTIONAL_SAFETY_ELEMENTS_OPTION = 'emotional_safety_elements';

/** Regions with a built-in list of support lines (`<es-support-resources region>`). */
const EMOTIONAL_SAFETY_ELEMENTS_REGIONS = array( 'us', 'ca', 'gb', 'au', 'intl' );

/** Colour schemes the elements know; empty follows the page. */
const EMOTIONAL_SAFETY_ELEMENTS_THEMES = array( 'light', 'dark', 'auto' );

add_action( 'init', 'emotional_safety_elements_register_setting' );
add_action( 'admin_menu', 'emotional_safety_elements_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( EMOTIONAL_SAFETY_ELEMENTS_FILE ), 'emotional_safety_elements_action_links' );

/**
 * The settings as stored before anyone saves them: everything empty, the elements then
 * use their own defaults (international support lines, a neutral exit page).
 *
 * @return array<string, string|bool>
 */
function emotional_safety_elements_default_settings() {
	return array(
		'name'                => '',
		'contactUrl'          => '',
		'phone'               => '',
		'region'              => '',
		'exitUrl'             => '',
		'locale'              => '',
		'theme'               => '',
		'quickExitEverywhere' => false,
	);
}

/**
 * Registers the option with its schema, so the Settings API and the REST API both accept
 * it and both sanitize it the same way. On `init`, which runs before both the settings
 * form (`admin_init`) and the REST settings endpoint.
 *
 * @return void
 */
function emotional_safety_elements_register_setting() {
	$string = array( 'type' => 'string' );
	register_setting(
		'emotional_safety_elements',
		EMOTIONAL_SAFETY_ELEMENTS_OPTION,
		array(
			'type'              => 'object',
			'description'       => __( 'Practice settings shared by every emotional-safety element.', 'emotional-safety-elements' ),
			'sanitize_callback' => 'emotional_safety_elements_sanitize_settings',
			'default'           => emotional_safety_elements_default_settings(),
			'show_in_rest'      => array(
				'schema' => array(
					'type'                 => 'object',
					'additionalProperties' => false,
					'properties'           => array(
						'name'                => $string,
						'contactUrl'          => $string,
						'phone'               => $string,
						'region'              => array(
							'type' => 'string',
							'enum' => array_merge( array( '' ), EMOTIONAL_SAFETY_ELEMENTS_REGIONS ),
						),
						'exitUrl'             => $string,
						'locale'              => $string,
						'theme'               => array(
							'type' => 'string',
							'enum' => array_merge( array( '' ), EMOTIONAL_SAFETY_ELEMENTS_THEMES ),
						),
						'quickExitEverywhere' => array( 'type' => 'boolean' ),
					),
				),
			),
		)
	);
}

/**
 * Keeps only known keys with safe values. Links the elements would refuse anyway are
 * dropped here, so the settings page shows what will really be used.
 *
 * @param mixed $value The submitted settings (form or REST).
 * @return array<string, string|bool>
 */
function emotional_safety_elements_sanitize_settings( $value ) {
	$value = is_array( $value ) ? $value : array();
	$clean = emotional_safety_elements_default_settings();
	$text  = function ( $key ) use ( $value ) {
		return isset( $value[ $key ] ) && is_scalar( $value[ $key ] ) ? trim( sanitize_text_field( (string) $value[ $key ] ) ) : '';
	};

	$clean['name']        = $text( 'name' );
	$clean['phone']       = $text( 'phone' );
	$clean['contactUrl']  = esc_url_raw( $text( 'contactUrl' ), array( 'https', 'http', 'mailto', 'tel' ) );
	$clean['exitUrl']     = esc_url_raw( $text( 'exitUrl' ), array( 'https', 'http' ) );
	$region               = strtolower( $text( 'region' ) );
	$clean['region']      = in_array( $region, EMOTIONAL_SAFETY_ELEMENTS_REGIONS, true ) ? $region : '';
	$theme                = strtolower( $text( 'theme' ) );
	$clean['theme']       = in_array( $theme, EMOTIONAL_SAFETY_ELEMENTS_THEMES, true ) ? $theme : '';
	$locale               = str_replace( '_', '-', $text( 'locale' ) );
	$clean['locale']      = preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', $locale ) ? $locale : '';
	$everywhere           = isset( $value['quickExitEverywhere'] ) ? $value['quickExitEverywhere'] : false;
	$clean['quickExitEverywhere'] = true === $everywhere || 1 === $everywhere || in_array( $everywhere, array( '1', 'true', 'on', 'yes' ), true );
	return $clean;
}

/**
 * The settings in use: the stored option over the defaults.
 *
 * @return array<string, string|bool>
 */
function emotional_safety_elements_settings() {
	$stored = get_option( EMOTIONAL_SAFETY_ELEMENTS_OPTION, array() );
	return array_merge( emotional_safety_elements_default_settings(), is_array( $stored ) ? $stored : array() );
}

/**
 * Adds Settings → Emotional safety.
 *
 * @return void
 */
function emotional_safety_elements_add_settings_page() {
	add_options_page(
		__( 'Emotional safety elements', 'emotional-safety-elements' ),
		__( 'Emotional safety', 'emotional-safety-elements' ),
		'manage_options',
		'emotional-safety-elements',
		'emotional_safety_elements_render_settings_page'
	);
}

/**
 * Links to the settings from the plugin's row on the Plugins screen.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function emotional_safety_elements_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=emotional-safety-elements' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'emotional-safety-elements' ) . '</a>' );
	return $links;
}

/**
 * Prints the settings page: a plain form posting to options.php (the Settings API checks
 * the nonce and the capability, then calls the sanitize callback).
 *
 * @return void
 */
function emotional_safety_elements_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$s    = emotional_safety_elements_settings();
	$name = EMOTIONAL_SAFETY_ELEMENTS_OPTION;
	$text_fields = array(
		'name'       => array( __( 'Practice name', 'emotional-safety-elements' ), 'text', __( 'Shown in “Talk with …”, for example “Harbour Counselling”.', 'emotional-safety-elements' ) ),
		'contactUrl' => array( __( 'Contact link', 'emotional-safety-elements' ), 'text', __( 'Where readers contact you: an https:, mailto: or tel: link.', 'emotional-safety-elements' ) ),
		'phone'      => array( __( 'Phone', 'emotional-safety-elements' ), 'tel', __( 'Your phone number, as people write it.', 'emotional-safety-elements' ) ),
		'exitUrl'    => array( __( 'Quick exit destination', 'emotional-safety-elements' ), 'url', __( 'An everyday page the quick exit opens instead of this site. Empty: a weather page.', 'emotional-safety-elements' ) ),
		'locale'     => array( __( 'Language of the elements', 'emotional-safety-elements' ), 'text', __( 'For example “en” or “es”. Empty: English.', 'emotional-safety-elements' ) ),
	);
	$regions = array(
		''     => __( 'International (default)', 'emotional-safety-elements' ),
		'us'   => __( 'United States', 'emotional-safety-elements' ),
		'ca'   => __( 'Canada', 'emotional-safety-elements' ),
		'gb'   => __( 'United Kingdom', 'emotional-safety-elements' ),
		'au'   => __( 'Australia', 'emotional-safety-elements' ),
		'intl' => __( 'International', 'emotional-safety-elements' ),
	);
	$themes = array(
		''      => __( 'Follow the site (default)', 'emotional-safety-elements' ),
		'light' => __( 'Light', 'emotional-safety-elements' ),
		'dark'  => __( 'Dark', 'emotional-safety-elements' ),
		'auto'  => __( 'The reader’s device setting', 'emotional-safety-elements' ),
	);
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'These details are used by every emotional-safety block and shortcode on the site. A block’s own settings win over them.', 'emotional-safety-elements' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'emotional_safety_elements' ); ?>
			<table class="form-table" role="presentation">
				<?php foreach ( $text_fields as $key => $field ) : ?>
					<tr>
						<th scope="row"><label for="es-<?php echo esc_attr( $key ); ?>"><?php echo esc_html( $field[0] ); ?></label></th>
						<td>
							<input type="<?php echo esc_attr( $field[1] ); ?>" class="regular-text" id="es-<?php echo esc_attr( $key ); ?>" name="<?php echo esc_attr( $name . '[' . $key . ']' ); ?>" value="<?php echo esc_attr( $s[ $key ] ); ?>" aria-describedby="es-<?php echo esc_attr( $key ); ?>-help" />
							<p class="description" id="es-<?php echo esc_attr( $key ); ?>-help"><?php echo esc_html( $field[2] ); ?></p>
						</td>
					</tr>
				<?php endforeach; ?>
				<tr>
					<th scope="row"><label for="es-region"><?php esc_html_e( 'Support lines for', 'emotional-safety-elements' ); ?></label></th>
					<td>
						<select id="es-region" name="<?php echo esc_attr( $name . '[region]' ); ?>">
							<?php foreach ( $regions as $value => $label ) : ?>
								<option value="<?php echo esc_attr( $value ); ?>" <?php selected( $s['region'], $value ); ?>><?php echo esc_html( $label ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="es-theme"><?php esc_html_e( 'Colours', 'emotional-safety-elements' ); ?></label></th>
					<td>
						<select id="es-theme" name="<?php echo esc_attr( $name . '[theme]' ); ?>">
							<?php foreach ( $themes as $value => $label ) : ?>
								<option value="<?php echo esc_attr( $value ); ?>" <?php selected( $s['theme'], $value ); ?>><?php echo esc_html( $label ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Quick exit', 'emotional-safety-elements' ); ?></th>
					<td>
						<label for="es-quickExitEverywhere">
							<input type="checkbox" id="es-quickExitEverywhere" name="<?php echo esc_attr( $name . '[quickExitEverywhere]' ); ?>" value="1" <?php checked( $s['quickExitEverywhere'] ); ?> />
							<?php esc_html_e( 'Show “Leave this page” at the top of every page of the site', 'emotional-safety-elements' ); ?>
						</label>
						<p class="description"><?php esc_html_e( 'It is a plain link even where JavaScript does not run. Readers can also press Shift three times to leave.', 'emotional-safety-elements' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
