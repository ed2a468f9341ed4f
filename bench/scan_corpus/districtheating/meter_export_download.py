"""Serves generated heat meter export files (CSV/XLSX) to billing staff."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("exports", __name__, url_prefix="/exports")


class ExportLocator:
    """Knows where the nightly meter export job writes its files."""

    mimetypes = {
        ".csv": "text/csv",
        ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }

    def __init__(self, root: str) -> None:
        self.root = root

    @classmethod
    def from_app(cls, app) -> "ExportLocator":
        return cls(app.config["METER_EXPORT_DIR"])

    def locate(self, filename: str) -> str:
        return os.path.join(self.root, filename)

    def exists(self, filename: str) -> bool:
        return os.path.isfile(self.locate(filename))

    def mimetype(self, filename: str) -> str:
        return self.mimetypes.get(os.path.splitext(filename)[1].lower(), "application/octet-stream")


@bp.get("/")
@login_required
def listing():
    locator = ExportLocator.from_app(current_app)
    names = sorted(n for n in os.listdir(locator.root) if n.endswith(tuple(locator.mimetypes)))
    return {"files": names}


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    if not current_user.has_role("billing"):
        abort(403)
    locator = ExportLocator.from_app(current_app)
    if not locator.exists(filename):
        abort(404)
    return send_file(
        locator.locate(filename),
        mimetype=locator.mimetype(filename),
        as_attachment=True,
    )
