"""Entry point for the claims intake service on the internal app hosts.

Started by the systemd unit ``claims-intake.service``; host and port are
taken from the unit's environment.
"""
import argparse
import logging
import os

from claims_intake import create_app

app = create_app(config_object="claims_intake.config.ProductionConfig")

RUN_OPTIONS = {
    "host": os.environ.get("INTAKE_HOST", "127.0.0.1"),
    "port": int(os.environ.get("INTAKE_PORT", "8001")),
    "debug": False,
    "use_reloader": False,
    "threaded": True,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, help="override INTAKE_PORT")
    args = parser.parse_args()
    options = dict(RUN_OPTIONS)
    if args.port:
        options["port"] = args.port
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger(__name__).info("starting claims intake on %s:%s", options["host"], options["port"])
    app.run(**options)


if __name__ == "__main__":
    main()
