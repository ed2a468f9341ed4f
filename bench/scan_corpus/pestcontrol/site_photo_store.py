"""Storage for bait station and site photos uploaded from the technician app."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file

bp = Blueprint("site_photos", __name__, url_prefix="/sites")


class PhotoStore:
    def __init__(self, root: str | Path):
        self.root = Path(root).resolve()

    def resolve(self, site_id: int, filename: str) -> Path:
        candidate = (self.root / str(site_id) / filename).resolve()
        if not candidate.is_relative_to(self.root / str(site_id)):
            raise PermissionError(filename)
        return candidate

    def save(self, site_id: int, filename: str, data: bytes) -> Path:
        target = self.resolve(site_id, filename)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target

    def delete(self, site_id: int, filename: str) -> bool:
        target = self.resolve(site_id, filename)
        if not target.is_file():
            return False
        target.unlink()
        return True


def store() -> PhotoStore:
    return PhotoStore(current_app.config["SITE_PHOTO_ROOT"])


@bp.get("/<int:site_id>/photos/<path:filename>")
def get_photo(site_id: int, filename: str):
    try:
        path = store().resolve(site_id, filename)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype)


@bp.delete("/<int:site_id>/photos/<path:filename>")
def delete_photo(site_id: int, filename: str):
    try:
        removed = store().delete(site_id, filename)
    except PermissionError:
        abort(404)
    if not removed:
        abort(404)
    return "", 204
