// Loaded first, as a file (a strict CSP allows no inline script): records every
// Content-Security-Policy violation and uncaught error the page sees, for the tests to read.
window.__violations = [];
window.__pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim());
});
window.addEventListener('error', (event) => {
  window.__pageErrors.push(String(event.message || event.error));
});
