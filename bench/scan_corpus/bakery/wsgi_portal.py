"""WSGI entry point for the wholesale ordering portal.

Production runs ``gunicorn portal.wsgi:app`` behind the reverse proxy.
Running this module directly starts a local server on the order-desk PC
for the weekend shift when the proxy host is down for maintenance.
"""
import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from portal import create_app

app = create_app(os.environ.get("PORTAL_SETTINGS", "portal.settings.Production"))
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    port = int(os.environ.get("PORTAL_PORT", "8080"))
    run_simple("127.0.0.1", port, app, use_debugger=False, use_reloader=False, threaded=True)
