"""Gallery of unload photos that staff attach to each firing.

Photos live on disk under ``<root>/<firing id>/``; members may fetch the ones
that belong to their own firings.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from kilnhire.firings import firing_for_member

bp = Blueprint("photo_gallery", __name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def _firing_dir(firing_id: int) -> Path:
    root = Path(current_app.config["FIRING_PHOTO_ROOT"]).resolve()
    return root / str(firing_id)


def _resolve_photo(firing_id: int, filename: str) -> Path:
    base = _firing_dir(firing_id)
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base):
        abort(404)
    if candidate.suffix.lower() not in IMAGE_SUFFIXES or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/gallery/<int:firing_id>")
@login_required
def gallery(firing_id: int):
    firing = firing_for_member(firing_id, current_user)
    if firing is None:
        abort(404)
    folder = _firing_dir(firing.id)
    if not folder.is_dir():
        return {"photos": []}
    photos = sorted(
        p.name for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES
    )
    return {"photos": photos}


@bp.get("/gallery/<int:firing_id>/<path:filename>")
@login_required
def photo(firing_id: int, filename: str):
    firing = firing_for_member(firing_id, current_user)
    if firing is None:
        abort(404)
    path = _resolve_photo(firing.id, filename)
    return send_file(path, max_age=3600)
