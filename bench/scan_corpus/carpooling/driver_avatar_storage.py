"""Profile photos for drivers, stored on local disk behind the CDN origin."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request, send_file
from flask_login import current_user, login_required
from PIL import Image, UnidentifiedImageError

from carpool.db import db_session
from carpool.models import Driver

MAX_UPLOAD = 5 * 1024 * 1024
AVATAR_SIZE = (256, 256)


class AvatarStorage:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path_for(self, avatar_id: uuid.UUID) -> Path:
        return self.root / avatar_id.hex[:2] / f"{avatar_id.hex}.webp"

    def store(self, data: bytes) -> uuid.UUID:
        image = Image.open(io.BytesIO(data))
        image = image.convert("RGB")
        image.thumbnail(AVATAR_SIZE)
        avatar_id = uuid.uuid4()
        target = self.path_for(avatar_id)
        target.parent.mkdir(exist_ok=True)
        image.save(target, format="WEBP", quality=85)
        return avatar_id

    def remove(self, avatar_id: uuid.UUID) -> None:
        self.path_for(avatar_id).unlink(missing_ok=True)


bp = Blueprint("avatars", __name__, url_prefix="/api/drivers")


def _storage() -> AvatarStorage:
    return AvatarStorage(current_app.config["AVATAR_ROOT"])


@bp.put("/me/avatar")
@login_required
def upload_avatar():
    data = request.get_data()
    if not data or len(data) > MAX_UPLOAD:
        return jsonify({"error": "image missing or too large"}), 400
    driver = db_session.get(Driver, current_user.driver_id)
    storage = _storage()
    try:
        new_id = storage.store(data)
    except (UnidentifiedImageError, OSError):
        return jsonify({"error": "not an image"}), 400
    if driver.avatar_id:
        storage.remove(driver.avatar_id)
    driver.avatar_id = new_id
    db_session.commit()
    return jsonify({"avatar": new_id.hex}), 201


@bp.get("/<int:driver_id>/avatar")
@login_required
def get_avatar(driver_id: int):
    driver = db_session.get(Driver, driver_id)
    if driver is None or driver.avatar_id is None:
        return jsonify({"error": "no avatar"}), 404
    return send_file(_storage().path_for(driver.avatar_id), mimetype="image/webp", max_age=86400)
