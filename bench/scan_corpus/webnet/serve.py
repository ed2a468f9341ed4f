"""Entrypoint for the inventory service container.

Set FLASK_DEBUG=1 in your local .env to get the interactive debugger; the
deployment manifests never set it.
"""
import logging
import os

from inventory import create_app

logging.basicConfig(
    level=os.environ.get("LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s %(message)s",
)

app = create_app()


def _debug_enabled() -> bool:
    return os.environ.get("FLASK_DEBUG", "0").lower() in {"1", "true", "yes"}


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8080"))
    app.run(host="0.0.0.0", port=port, debug=_debug_enabled())
