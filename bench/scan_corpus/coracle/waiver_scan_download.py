"""Scanned waiver retrieval for the office.

Paper waivers signed at the riverside on busy days are scanned into the
waiver archive. Office staff open a scan from the booking screen when an
insurer or a customer asks for a copy.
"""

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, request, send_file

from coracle.auth import staff_required

waivers_bp = Blueprint("waivers", __name__, url_prefix="/office/waivers")

ARCHIVE_ENV = "WAIVER_ARCHIVE_DIR"


def archive_root() -> str:
    return current_app.config.get(ARCHIVE_ENV) or os.environ.get(
        ARCHIVE_ENV, "/srv/coracle/waivers"
    )


def scan_path(season: str, filename: str) -> str:
    return os.path.join(archive_root(), season, filename)


@waivers_bp.get("/scan")
@staff_required
def download_scan():
    season = request.args.get("season", str(datetime.now().year))
    filename = request.args.get("file", "")
    if not filename.lower().endswith(".pdf"):
        abort(400)
    path = scan_path(season, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=os.path.basename(path))


@waivers_bp.get("/seasons")
@staff_required
def list_seasons():
    root = archive_root()
    seasons = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    return {"seasons": seasons}
