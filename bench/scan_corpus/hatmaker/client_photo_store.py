"""Reference photos of clients taken at fittings (profile, hairline, hat on block).

Photos are stored on disk under a per-installation directory; the fitting
room tablet uploads them and can later remove ones that were blurred.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("client_photos", __name__, url_prefix="/clients")

ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/heic": ".heic"}
MAX_BYTES = 12 * 1024 * 1024


@dataclass
class ClientPhotoStore:
    root: str

    def path_for(self, filename: str) -> str:
        return os.path.join(self.root, filename)

    def save(self, client_id: int, data: bytes, extension: str) -> str:
        filename = f"client{client_id}-{uuid.uuid4().hex}{extension}"
        with open(self.path_for(filename), "wb") as fh:
            fh.write(data)
        return filename

    def delete(self, filename: str) -> bool:
        path = self.path_for(filename)
        if not os.path.exists(path):
            return False
        os.remove(path)
        return True


def _store() -> ClientPhotoStore:
    return ClientPhotoStore(root=current_app.config["CLIENT_PHOTO_DIR"])


@bp.post("/<int:client_id>/photos")
@login_required
def upload_photo(client_id: int):
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in ALLOWED_TYPES:
        abort(400)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        abort(413)
    filename = _store().save(client_id, data, ALLOWED_TYPES[upload.mimetype])
    current_app.logger.info("Photo %s added for client %s by %s", filename, client_id, current_user.id)
    return jsonify(filename=filename), 201


@bp.post("/<int:client_id>/photos/delete")
@login_required
def delete_photo(client_id: int):
    filename = request.form.get("filename", "")
    if not filename:
        abort(400)
    if not _store().delete(filename):
        abort(404)
    current_app.logger.info("Photo %s removed for client %s by %s", filename, client_id, current_user.id)
    return jsonify(status="deleted")
