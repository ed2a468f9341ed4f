"""Entry point for the onboard Wi-Fi captive portal.

Runs on the vessel's hotel-network server and is started by systemd:

    ExecStart=/opt/portal/venv/bin/python -m portal.serve --port 8080
"""
import argparse
import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from portal import create_app


def parse_args():
    parser = argparse.ArgumentParser(description="Onboard Wi-Fi captive portal")
    parser.add_argument("--host", default=os.environ.get("PORTAL_BIND", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORTAL_PORT", "8080")))
    parser.add_argument("--vessel", default=os.environ.get("VESSEL_CODE"))
    parser.add_argument("--log-level", default="INFO")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    logging.basicConfig(
        level=args.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    if not args.vessel:
        raise SystemExit("--vessel or VESSEL_CODE is required")

    app = create_app(vessel_code=args.vessel)
    # nginx on the same host terminates the captive-portal redirect
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

    logging.getLogger(__name__).info("portal for %s listening on %s:%d", args.vessel, args.host, args.port)
    run_simple(args.host, args.port, app, use_reloader=False, use_debugger=True, threaded=True)


if __name__ == "__main__":
    main()
