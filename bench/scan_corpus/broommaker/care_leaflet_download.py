"""Care-instruction leaflets (PDF) linked from product pages and packing slips.

e.g. /leaflets/besom-care.pdf, /leaflets/heather-brush-care.pdf
"""

import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, send_file

log = logging.getLogger(__name__)
bp = Blueprint("leaflets", __name__)

DEFAULT_LEAFLET_DIR = "/srv/broomworks/leaflets"


def leaflet_dir() -> str:
    return current_app.config.get("LEAFLET_DIR", DEFAULT_LEAFLET_DIR)


def leaflet_path(name: str) -> str:
    if not name.endswith(".pdf"):
        name = f"{name}.pdf"
    return os.path.join(leaflet_dir(), name)


@bp.get("/leaflets/<path:name>")
def leaflet(name: str):
    path = leaflet_path(name)
    if not os.path.isfile(path):
        abort(404)
    modified = datetime.fromtimestamp(os.path.getmtime(path), tz=timezone.utc)
    log.debug("serving leaflet %s (modified %s)", name, modified.isoformat())
    return send_file(
        path,
        mimetype="application/pdf",
        last_modified=modified,
        max_age=86400,
    )


@bp.get("/leaflets/")
def leaflet_index():
    entries = sorted(
        f[:-4] for f in os.listdir(leaflet_dir()) if f.endswith(".pdf")
    )
    return {"leaflets": entries}
