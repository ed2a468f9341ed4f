"""Stores and serves signed risk waivers.

Every driver signs a risk waiver on the lobby tablet before their first
session. The signed PDF is stored on disk and staff can pull it up by
file name when an insurer asks for it.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("waivers", __name__, url_prefix="/staff/waivers")


class WaiverStore:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    @classmethod
    def from_app(cls) -> "WaiverStore":
        return cls(Path(current_app.config["WAIVER_DIR"]))

    def locate(self, name: str) -> Path | None:
        candidate = (self.root / name).resolve()
        if not candidate.is_relative_to(self.root):
            return None
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            return None
        return candidate

    def save(self, driver_id: int, upload) -> Path:
        name = secure_filename(f"waiver-{driver_id}-{upload.filename or 'signed'}")
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        target = self.root / name
        upload.save(target)
        return target


@bp.get("/<path:name>")
@login_required
def download(name: str):
    if not current_user.has_role("front_desk"):
        abort(403)
    path = WaiverStore.from_app().locate(name)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)


@bp.post("/<int:driver_id>")
@login_required
def upload(driver_id: int):
    if not current_user.has_role("front_desk"):
        abort(403)
    file = request.files.get("waiver")
    if file is None:
        abort(400)
    saved = WaiverStore.from_app().save(driver_id, file)
    return {"stored": saved.name}, 201
