#!/usr/bin/env python3
"""Entry point for the internal ops dashboard (queue depth, transcode failures).

Deployed as a single container behind the VPN ingress.
"""
import argparse
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from ops_dashboard import create_app


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Run the ops dashboard")
    parser.add_argument("--host", default=os.environ.get("DASHBOARD_HOST", "0.0.0.0"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("DASHBOARD_PORT", "8090")))
    parser.add_argument("--single-threaded", dest="threads", action="store_false")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    app = create_app(config_object=os.environ.get("DASHBOARD_CONFIG", "ops_dashboard.config.Production"))
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
    run_simple(
        args.host,
        args.port,
        app,
        use_reloader=False,
        use_debugger=True,
        threaded=args.threads,
    )


if __name__ == "__main__":
    main()
