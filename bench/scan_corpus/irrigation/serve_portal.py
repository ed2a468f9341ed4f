"""Entry point for the on-premise farmer portal appliance.

Co-op installations run the portal on a small box in the farm office; this
script is what the systemd unit starts. It wires the WSGI app together with
the static file middleware and serves it.
"""

import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.middleware.shared_data import SharedDataMiddleware
from werkzeug.serving import run_simple

from portal import create_app

logging.basicConfig(level=os.environ.get("PORTAL_LOG_LEVEL", "INFO"))

SERVE_OPTIONS = {
    "use_reloader": False,
    "use_debugger": True,
    "threaded": True,
}


def build_app():
    app = create_app(os.environ.get("PORTAL_CONFIG", "portal.config.OnPremConfig"))
    wsgi = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
    static_root = os.environ.get("PORTAL_STATIC_ROOT", "/opt/irrigation-portal/static")
    return SharedDataMiddleware(wsgi, {"/static": static_root})


def main() -> None:
    host = os.environ.get("PORTAL_BIND", "localhost")
    port = int(os.environ.get("PORTAL_PORT", "8080"))
    run_simple(host, port, build_app(), **SERVE_OPTIONS)


if __name__ == "__main__":
    main()
