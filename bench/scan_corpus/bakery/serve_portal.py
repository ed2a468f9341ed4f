"""Run the wholesale ordering portal on the order-desk server.

Usage: python -m portal.serve --port 8080
"""
import argparse
import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from portal import create_app


def build_app():
    app = create_app(os.environ.get("PORTAL_SETTINGS", "portal.settings.Production"))
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="wholesale portal server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--threads", action="store_true")
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = build_app()
    run_simple(args.host, args.port, app, use_debugger=True, use_reloader=False, threaded=args.threads)


if __name__ == "__main__":
    main()
