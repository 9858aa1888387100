/**
 * Editor controls for the emotional-safety blocks, written against WordPress's own
 * `wp.*` scripts so the plugin needs no build step. Each block's settings are in the
 * sidebar (InspectorControls); the canvas shows the block as the server renders it
 * (ServerSideRender), with the element script running in the canvas.
 * The blocks are dynamic: `save` returns nothing, only the attributes are stored.
 */
( function ( wp ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var registerBlockType = wp.blocks.registerBlockType;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var components = wp.components;
	var ServerSideRender = wp.serverSideRender;
	var data = window.emotionalSafetyElements || { articles: [] };
	var DOMAIN = 'emotional-safety-elements';

	var themeOptions = [
		{ value: '', label: __( 'From the practice settings', DOMAIN ) },
		{ value: 'light', label: __( 'Light', DOMAIN ) },
		{ value: 'dark', label: __( 'Dark', DOMAIN ) },
		{ value: 'auto', label: __( 'The reader’s device setting', DOMAIN ) },
	];

	/** One control per attribute, by kind. An empty value removes the attribute. */
	function control( field, attributes, setAttributes ) {
		var value = attributes[ field.name ];
		var set = function ( next ) {
			var change = {};
			change[ field.name ] = next === '' ? undefined : next;
			setAttributes( change );
		};
		switch ( field.kind ) {
			case 'toggle':
				return el( components.ToggleControl, { key: field.name, label: field.label, help: field.help, checked: !! value, onChange: set } );
			case 'select':
				return el( components.SelectControl, { key: field.name, label: field.label, help: field.help, value: value || '', options: field.options, onChange: set } );
			case 'number':
				return el( components.TextControl, {
					key: field.name,
					label: field.label,
					help: field.help,
					type: 'number',
					min: field.min,
					max: field.max,
					value: value === undefined ? '' : String( value ),
					onChange: function ( next ) {
						set( next === '' ? '' : Number( next ) );
					},
				} );
			default:
				return el( components.TextControl, { key: field.name, label: field.label, help: field.help, type: field.type || 'text', value: value || '', onChange: set } );
		}
	}

	var theme = { name: 'theme', kind: 'select', label: __( 'Colours', DOMAIN ), options: themeOptions };
	var headingLevel = { name: 'headingLevel', kind: 'number', min: 1, max: 5, label: __( 'Heading level', DOMAIN ), help: __( 'Fits the headings into your page’s outline (default 2).', DOMAIN ) };
	var src = { name: 'src', kind: 'text', type: 'url', label: __( 'Your own content (JSON address)', DOMAIN ), help: __( 'Optional: the address of your own content as JSON, instead of the built-in content.', DOMAIN ) };

	var blocks = {
		'article-reader': [
			{
				name: 'article',
				kind: 'select',
				label: __( 'Article', DOMAIN ),
				options: [ { value: '', label: __( 'Default article', DOMAIN ) } ].concat( data.articles ),
			},
			headingLevel,
			{ name: 'persist', kind: 'toggle', label: __( 'Remember text size and colours on the reader’s device', DOMAIN ) },
			src,
			theme,
		],
		'reflection-card': [
			{
				name: 'set',
				kind: 'select',
				label: __( 'Prompts', DOMAIN ),
				options: [ { value: '', label: __( 'Emotional safety (default)', DOMAIN ) } ],
			},
			{ name: 'prompt', kind: 'text', label: __( 'One prompt of your own instead', DOMAIN ) },
			{ name: 'journal', kind: 'toggle', label: __( 'Let readers write a private note', DOMAIN ) },
			{ name: 'persist', kind: 'toggle', label: __( 'Offer to keep notes on the reader’s device', DOMAIN ), help: __( 'Readers choose; notes never leave their browser.', DOMAIN ) },
			src,
			theme,
		],
		'safety-compare': [
			{
				name: 'set',
				kind: 'select',
				label: __( 'Comparison', DOMAIN ),
				options: [
					{ value: '', label: __( 'Safe vs not safe (default)', DOMAIN ) },
					{ value: 'is-vs-is-not', label: __( 'What emotional safety is, and is not', DOMAIN ) },
				],
			},
			{ name: 'safeLabel', kind: 'text', label: __( 'Heading of the safe column', DOMAIN ) },
			{ name: 'unsafeLabel', kind: 'text', label: __( 'Heading of the other column', DOMAIN ) },
			{ name: 'interactive', kind: 'toggle', label: __( 'Reveal one pattern at a time', DOMAIN ) },
			{ name: 'explanations', kind: 'toggle', label: __( 'Offer each row’s source sentence', DOMAIN ) },
			src,
			theme,
		],
		'quick-exit': [
			{ name: 'href', kind: 'text', type: 'url', label: __( 'Destination', DOMAIN ), help: __( 'An everyday page. Empty: the one in the practice settings, else a weather page.', DOMAIN ) },
			{
				name: 'position',
				kind: 'select',
				label: __( 'Position', DOMAIN ),
				options: [
					{ value: '', label: __( 'Bar at the top (default)', DOMAIN ) },
					{ value: 'bottom', label: __( 'Box in the bottom corner', DOMAIN ) },
				],
			},
			{ name: 'clearNotes', kind: 'toggle', label: __( 'Also erase what is kept on the device (notes, reading settings)', DOMAIN ) },
			theme,
		],
		'support-resources': [
			{
				name: 'region',
				kind: 'select',
				label: __( 'Region', DOMAIN ),
				options: [
					{ value: '', label: __( 'From the practice settings', DOMAIN ) },
					{ value: 'us', label: __( 'United States', DOMAIN ) },
					{ value: 'ca', label: __( 'Canada', DOMAIN ) },
					{ value: 'gb', label: __( 'United Kingdom', DOMAIN ) },
					{ value: 'au', label: __( 'Australia', DOMAIN ) },
					{ value: 'intl', label: __( 'International', DOMAIN ) },
				],
			},
			headingLevel,
			src,
			theme,
		],
		'contact-cta': [
			{ name: 'href', kind: 'text', type: 'url', label: __( 'Contact link', DOMAIN ), help: __( 'Empty: the one in the practice settings.', DOMAIN ) },
			{ name: 'label', kind: 'text', label: __( 'Button text', DOMAIN ) },
			{ name: 'phone', kind: 'text', type: 'tel', label: __( 'Phone', DOMAIN ) },
			theme,
		],
	};

	Object.keys( blocks ).forEach( function ( element ) {
		var name = 'emotional-safety/' + element;
		var fields = blocks[ element ];
		registerBlockType( name, {
			edit: function ( props ) {
				var blockProps = useBlockProps();
				return el(
					'div',
					blockProps,
					el(
						InspectorControls,
						null,
						el(
							components.PanelBody,
							{ title: __( 'Settings', DOMAIN ), initialOpen: true },
							fields.map( function ( field ) {
								return control( field, props.attributes, props.setAttributes );
							} )
						)
					),
					// Disabled: links and buttons in the preview must not act inside the editor.
					el( components.Disabled, null, el( ServerSideRender, { block: name, attributes: props.attributes } ) )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp );
