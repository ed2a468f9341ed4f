"""Run the client upload portal without gunicorn (single-box on-prem installs)."""
import argparse
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from portal.app import create_app

SERVER_OPTIONS = {
    "threaded": True,
    "use_reloader": False,
    "use_debugger": True,
}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Serve the client upload portal")
    parser.add_argument("--host", default=os.environ.get("PORTAL_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORTAL_PORT", "8080")))
    parser.add_argument("--config", default=os.environ.get("PORTAL_CONFIG", "portal.config.OnPremConfig"))
    parser.add_argument("--cert", default=os.environ.get("PORTAL_TLS_CERT"))
    parser.add_argument("--key", default=os.environ.get("PORTAL_TLS_KEY"))
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    app = create_app(args.config)
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
    ssl_context = (args.cert, args.key) if args.cert and args.key else None
    run_simple(args.host, args.port, app, ssl_context=ssl_context, **SERVER_OPTIONS)


if __name__ == "__main__":
    main()
