"""Serves the photos walkers take of dogs during walks to the owning client."""

import os

from flask import Blueprint, abort, current_app, send_file, session

from .models import Walk

bp = Blueprint("pet_photos", __name__)

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic")


def _photo_root() -> str:
    return current_app.config["PET_PHOTO_DIR"]


def _client_owns_walk(walk_id: int) -> bool:
    walk = Walk.query.get(walk_id)
    return walk is not None and walk.client_id == session.get("client_id")


@bp.get("/walks/<int:walk_id>/photos")
def list_photos(walk_id: int):
    if not _client_owns_walk(walk_id):
        abort(404)
    folder = os.path.join(_photo_root(), str(walk_id))
    if not os.path.isdir(folder):
        return {"photos": []}
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_SUFFIXES))
    return {"photos": [f"/walks/{walk_id}/photos/{n}" for n in names]}


@bp.get("/walks/<int:walk_id>/photos/<path:filename>")
def get_photo(walk_id: int, filename: str):
    if not _client_owns_walk(walk_id):
        abort(404)
    path = os.path.join(_photo_root(), str(walk_id), filename)
    if not os.path.isfile(path):
        abort(404)
    response = send_file(path, conditional=True, max_age=3600)
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response
