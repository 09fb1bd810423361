// The NHS.UK frontend's page-start snippet, as a file because the content security policy
// allows no inline script: it marks the page before it is drawn, so enhanced components
// are styled from the start, and only in browsers that run the module scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
