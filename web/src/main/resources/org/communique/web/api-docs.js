// The API reference page: Swagger UI over this server's OpenAPI document. A file of its own, as the
// Content-Security-Policy runs no inline script.
'use strict';
window.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('swagger-ui');
  if (!root || typeof SwaggerUIBundle !== 'function') return;
  SwaggerUIBundle({
    url: root.dataset.spec,
    domNode: root,
    deepLinking: true,
    // no call to an outside validator: the page reaches this server only
    validatorUrl: null,
    defaultModelsExpandDepth: 0,
  });
});
