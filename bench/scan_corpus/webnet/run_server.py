"""Container entrypoint for the storefront API.

The Dockerfile runs ``python run_server.py``; gunicorn is only used on the
legacy VM hosts (see deploy/gunicorn.conf.py).
"""
import logging
import os

from storefront import create_app
from storefront.extensions import db

logging.basicConfig(
    level=os.environ.get("LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s %(message)s",
)
log = logging.getLogger("storefront.entrypoint")

app = create_app(os.environ.get("STOREFRONT_ENV", "production"))


def ensure_schema() -> None:
    """Create missing tables on first boot of a fresh environment."""
    with app.app_context():
        db.create_all()


if __name__ == "__main__":
    ensure_schema()
    port = int(os.environ.get("PORT", "8080"))
    log.info("starting storefront on port %d", port)
    app.run(host="0.0.0.0", port=port, debug=True)
