"""Photos attached to harvest records.

Cutters photograph each bed before and after cutting so the office can see
stool health and pest damage. Photos are kept on disk in one folder per
harvest record; office staff can remove blurred or duplicate shots.
"""
from __future__ import annotations

import logging
import os

from flask import Blueprint, abort, current_app, jsonify
from flask_login import current_user, login_required

log = logging.getLogger(__name__)

bp = Blueprint("harvest_photos", __name__, url_prefix="/api/harvest")

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


class PhotoStore:
    def __init__(self, photo_root: str) -> None:
        self.photo_root = photo_root

    def folder(self, record_id: int) -> str:
        return os.path.join(self.photo_root, str(record_id))

    def list(self, record_id: int) -> list[str]:
        folder = self.folder(record_id)
        if not os.path.isdir(folder):
            return []
        return sorted(n for n in os.listdir(folder) if n.lower().endswith(PHOTO_SUFFIXES))

    def delete(self, record_id: int, name: str) -> None:
        if not name.lower().endswith(PHOTO_SUFFIXES):
            raise ValueError("not a photo")
        os.remove(os.path.join(self.folder(record_id), name))


def _store() -> PhotoStore:
    return PhotoStore(current_app.config["HARVEST_PHOTO_ROOT"])


@bp.get("/<int:record_id>/photos")
@login_required
def list_photos(record_id: int):
    return jsonify(_store().list(record_id))


@bp.delete("/<int:record_id>/photos/<path:name>")
@login_required
def delete_photo(record_id: int, name: str):
    try:
        _store().delete(record_id, name)
    except ValueError:
        abort(400)
    except FileNotFoundError:
        abort(404)
    log.info("user %s removed photo %s from harvest record %s", current_user.id, name, record_id)
    return jsonify({"deleted": name})
