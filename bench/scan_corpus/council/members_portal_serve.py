"""Entry point for the elected members' portal on the intranet web host.

    python members_portal_serve.py --port 8040

The portal sits behind the corporate reverse proxy, which terminates TLS.
"""
import argparse
import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from members_portal import create_app

SERVER_OPTIONS = {
    "use_reloader": False,
    "use_debugger": True,
    "threaded": True,
}


def build_app():
    app = create_app(config_name=os.environ.get("PORTAL_CONFIG", "production"))
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the members' portal")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8040)
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    run_simple(args.host, args.port, build_app(), **SERVER_OPTIONS)


if __name__ == "__main__":
    main()
