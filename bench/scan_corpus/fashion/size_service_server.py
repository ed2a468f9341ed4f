"""Entry point for the size recommendation service container.

The Dockerfile runs ``python -m sizing.server``; the WSGI app itself is built
in ``sizing.app`` so it can also be mounted under the main shop for tests.
"""
import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from sizing.app import create_app

log = logging.getLogger("sizing.server")

HOST = os.environ.get("SIZING_HOST", "0.0.0.0")
PORT = int(os.environ.get("SIZING_PORT", "8085"))
THREADS = True


def build():
    app = create_app(model_dir=os.environ.get("SIZING_MODEL_DIR", "/srv/sizing/models"))
    return ProxyFix(app, x_for=1, x_proto=1)


def serve() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    wsgi_app = build()
    log.info("size service listening on %s:%d", HOST, PORT)
    run_simple(
        HOST,
        PORT,
        wsgi_app,
        threaded=THREADS,
        use_reloader=False,
        use_debugger=True,
        use_evalex=True,
    )


if __name__ == "__main__":
    serve()
