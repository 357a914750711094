import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FORM_SCRIPT_READY } from '../utils/portal/page/form-script-ready';
import { startFormPage } from '../utils/portal/page/start-form-page';

// Chrome only: a report or plan page's features, put on the page by the background (in the extension's
// isolated world) once the person stirs there, when portal-wake.js asks. It tells portal-wake.js it has
// come, learning whether text was typed before it did; any save held meanwhile is sent again after this
// task, when the form is watched.
export default defineUnlistedScript({
  globalName: false,
  exclude: ['firefox'],
  main() {
    const typedBefore = !document.dispatchEvent(new CustomEvent(FORM_SCRIPT_READY, { cancelable: true }));
    startFormPage({ typedBefore });
  },
});
