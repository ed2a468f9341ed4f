"""Run the review API under werkzeug for single-node appliance installs."""
import argparse
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from review.wsgi import build_application

SERVER_OPTIONS = {
    "threaded": True,
    "use_reloader": False,
    "use_debugger": False,
}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Serve the review API")
    parser.add_argument("--host", default=os.environ.get("REVIEW_API_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("REVIEW_API_PORT", "8000")))
    parser.add_argument("--cert", default=os.environ.get("REVIEW_API_TLS_CERT"))
    parser.add_argument("--key", default=os.environ.get("REVIEW_API_TLS_KEY"))
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    app = ProxyFix(build_application(), x_for=1, x_proto=1)
    ssl_context = (args.cert, args.key) if args.cert and args.key else None
    run_simple(args.host, args.port, app, ssl_context=ssl_context, **SERVER_OPTIONS)


if __name__ == "__main__":
    main()
