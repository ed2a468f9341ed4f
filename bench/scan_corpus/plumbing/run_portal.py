"""Entry point for the customer portal (bookings, invoices, boiler service history)."""

import logging
import os

from portal import create_app

RUN_OPTIONS = {
    "host": os.environ.get("PORTAL_HOST", "127.0.0.1"),
    "port": int(os.environ.get("PORTAL_PORT", "8080")),
    "debug": True,
    "use_reloader": False,
    "threaded": True,
}

app = create_app(os.environ.get("PORTAL_CONFIG", "portal.config.ProductionConfig"))


def _configure_logging() -> None:
    logging.basicConfig(
        level=os.environ.get("PORTAL_LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


if __name__ == "__main__":
    _configure_logging()
    app.run(**RUN_OPTIONS)
