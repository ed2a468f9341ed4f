"""Internal admin console served on the ops network.

Runs as the ``admin-console`` systemd unit on the bastion hosts, behind the
nginx instance that terminates TLS.
"""
import argparse
import logging

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from opsadmin.web import build_wsgi_app

logger = logging.getLogger("opsadmin")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Serve the ops admin console")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7000)
    parser.add_argument("--config", default="/etc/opsadmin/console.toml")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    logging.basicConfig(level=logging.INFO)
    app = ProxyFix(build_wsgi_app(config_path=args.config), x_for=1, x_proto=1)
    logger.info("admin console listening on %s:%d", args.host, args.port)
    run_simple(args.host, args.port, app, use_reloader=True, use_debugger=True, threaded=True)


if __name__ == "__main__":
    main()
