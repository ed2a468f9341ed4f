#!/usr/bin/env python3
"""Entry point for the on-site irrigation controller web UI.

Runs on the controller's Raspberry Pi and serves the local dashboard that
farm staff use over the yard Wi-Fi when the cloud link is down.
"""
import argparse
import logging
import os

from werkzeug.serving import run_simple

from controller_ui import create_app

DEFAULT_PORT = 8080


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Irrigation controller local UI")
    parser.add_argument("--host", default=os.environ.get("CONTROLLER_UI_HOST", "0.0.0.0"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("CONTROLLER_UI_PORT", DEFAULT_PORT)))
    parser.add_argument("--config", default="/etc/irrigation/controller.toml")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(config_path=args.config)
    logging.getLogger(__name__).info("controller UI listening on %s:%s", args.host, args.port)
    run_simple(
        args.host,
        args.port,
        app,
        use_reloader=False,
        use_debugger=True,
        threaded=True,
    )


if __name__ == "__main__":
    main()
