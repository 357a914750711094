/**
 * Dispatched on the document, cancelable, by portal-form.js as it starts on a form page. The event crosses
 * from the content script's isolated world to the page's own, where portal-wake.js listens: it cancels the
 * event if text was typed before the form script came, and then lets go of a save it held meanwhile.
 */
export const FORM_SCRIPT_READY = 'eplan-assistant:form-script-ready';
