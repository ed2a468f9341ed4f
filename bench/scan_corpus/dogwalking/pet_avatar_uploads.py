"""Profile pictures for dogs, uploaded by their owners from the client portal."""

import os
import uuid

from flask import Blueprint, abort, current_app, request, send_from_directory, session
from werkzeug.utils import secure_filename

from .models import Dog, db

bp = Blueprint("pet_avatars", __name__)

ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "webp"}


def _avatar_dir() -> str:
    folder = current_app.config["AVATAR_DIR"]
    os.makedirs(folder, exist_ok=True)
    return folder


def _owned_dog(dog_id: int) -> Dog:
    dog = db.session.get(Dog, dog_id)
    if dog is None or dog.client_id != session.get("client_id"):
        abort(404)
    return dog


@bp.post("/dogs/<int:dog_id>/avatar")
def upload_avatar(dog_id: int):
    dog = _owned_dog(dog_id)
    upload = request.files.get("avatar")
    if upload is None or not upload.filename:
        abort(400, "no file")
    original = secure_filename(upload.filename)
    extension = original.rsplit(".", 1)[-1].lower() if "." in original else ""
    if extension not in ALLOWED_EXTENSIONS:
        abort(400, "unsupported image type")
    stored_name = f"{dog.id}-{uuid.uuid4().hex}.{extension}"
    upload.save(os.path.join(_avatar_dir(), stored_name))
    if dog.avatar_file:
        try:
            os.remove(os.path.join(_avatar_dir(), dog.avatar_file))
        except FileNotFoundError:
            pass
    dog.avatar_file = stored_name
    db.session.commit()
    return {"avatar": f"/dogs/{dog.id}/avatar"}


@bp.get("/dogs/<int:dog_id>/avatar")
def get_avatar(dog_id: int):
    dog = _owned_dog(dog_id)
    if not dog.avatar_file:
        abort(404)
    return send_from_directory(_avatar_dir(), dog.avatar_file, max_age=86400)
