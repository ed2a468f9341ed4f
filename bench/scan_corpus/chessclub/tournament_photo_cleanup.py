"""Admin API for removing photos uploaded to a tournament gallery."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("gallery_admin", __name__, url_prefix="/admin/gallery")
log = logging.getLogger(__name__)


class GalleryStorage:
    def __init__(self, root: str):
        self.root = Path(root)

    def photo_path(self, event_slug: str, photo_name: str) -> Path:
        return self.root / event_slug / photo_name

    def thumbnail_path(self, event_slug: str, photo_name: str) -> Path:
        return self.root / event_slug / "thumbs" / photo_name

    def remove(self, event_slug: str, photo_name: str) -> list[str]:
        removed = []
        for path in (self.photo_path(event_slug, photo_name),
                     self.thumbnail_path(event_slug, photo_name)):
            if path.is_file():
                path.unlink()
                removed.append(path.name)
        return removed


def _storage() -> GalleryStorage:
    return GalleryStorage(current_app.config["GALLERY_ROOT"])


@bp.route("/<event_slug>/photos", methods=["DELETE"])
@login_required
def delete_photos(event_slug: str):
    if not current_user.has_role("media"):
        abort(403)
    body = request.get_json(silent=True) or {}
    names = body.get("photos")
    if not isinstance(names, list) or not names:
        abort(400)

    storage = _storage()
    deleted = []
    for name in names:
        if not isinstance(name, str):
            abort(400)
        deleted.extend(storage.remove(event_slug, name))
    log.info("user %s removed %d files from %s", current_user.id, len(deleted), event_slug)
    return jsonify(deleted=deleted)
