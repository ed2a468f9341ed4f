#!/usr/bin/env python3
"""Launch the observer portal on the web front-end host.

Run from the systemd unit ``observer-portal.service``; the reverse proxy
terminates TLS and forwards to the address configured below.
"""
import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from portal import create_app

logging.basicConfig(
    level=os.environ.get("PORTAL_LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s: %(message)s",
)


def build():
    app = create_app(os.environ.get("PORTAL_CONFIG", "portal.config.Production"))
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)
    return app


def main() -> None:
    host = os.environ.get("PORTAL_BIND", "127.0.0.1")
    port = int(os.environ.get("PORTAL_PORT", "8080"))
    app = build()
    logging.getLogger("portal").info("serving observer portal on %s:%d", host, port)
    run_simple(
        host,
        port,
        app,
        threaded=True,
        use_reloader=False,
        use_debugger=True,
    )


if __name__ == "__main__":
    main()
