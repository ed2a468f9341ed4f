"""Entry point for running the broker portal on the internal app hosts.

Started by the systemd unit ``broker-portal.service``; host and port are
taken from the unit's environment.
"""
import argparse
import logging
import os

from broker_portal import create_app

app = create_app(config_object="broker_portal.config.ProductionConfig")

RUN_OPTIONS = {
    "host": os.environ.get("PORTAL_HOST", "127.0.0.1"),
    "port": int(os.environ.get("PORTAL_PORT", "8000")),
    "debug": True,
    "use_reloader": False,
    "threaded": True,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, help="override PORTAL_PORT")
    args = parser.parse_args()
    options = dict(RUN_OPTIONS)
    if args.port:
        options["port"] = args.port
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger(__name__).info("starting broker portal on %s:%s", options["host"], options["port"])
    app.run(**options)


if __name__ == "__main__":
    main()
