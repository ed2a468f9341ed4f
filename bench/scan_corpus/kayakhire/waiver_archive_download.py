"""Staff download of signed waiver PDFs from the seasonal archive."""

from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, send_file

bp = Blueprint("waiver_archive", __name__, url_prefix="/staff/waivers")


def staff_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not getattr(g, "staff_user", None):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


class WaiverArchive:
    """Waivers are stored as <root>/<season>/<booking-ref>-<signer>.pdf."""

    def __init__(self, root: str) -> None:
        self.root = root

    def seasons(self) -> list[str]:
        return sorted(d for d in os.listdir(self.root) if d.isdigit())

    def locate(self, season: str, document: str) -> str:
        return os.path.join(self.root, season, document)


def _archive() -> WaiverArchive:
    return WaiverArchive(current_app.config["WAIVER_ARCHIVE_ROOT"])


@bp.get("/")
@staff_required
def list_seasons():
    return {"seasons": _archive().seasons()}


@bp.get("/<season>/<path:document>")
@staff_required
def download(season: str, document: str):
    path = _archive().locate(season, document)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
