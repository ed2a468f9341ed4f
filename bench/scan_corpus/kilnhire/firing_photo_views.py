"""Members can download the photos staff take of their ware after unloading."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required
from sqlalchemy import select

from kilnhire.db import db_session
from kilnhire.models import Firing

bp = Blueprint("firing_photos", __name__)

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".webp"}


def _photo_root() -> str:
    return current_app.config["FIRING_PHOTO_ROOT"]


def _load_firing(firing_id: int) -> Firing:
    firing = db_session.scalar(select(Firing).where(Firing.id == firing_id))
    if firing is None:
        abort(404)
    if firing.member_id != current_user.id and not current_user.is_staff:
        abort(403)
    return firing


@bp.get("/firings/<int:firing_id>/photos")
@login_required
def list_photos(firing_id: int):
    firing = _load_firing(firing_id)
    folder = os.path.join(_photo_root(), str(firing.id))
    if not os.path.isdir(folder):
        return {"photos": []}
    names = sorted(
        n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in ALLOWED_EXT
    )
    return {"photos": names}


@bp.get("/firings/<int:firing_id>/photos/<path:filename>")
@login_required
def download_photo(firing_id: int, filename: str):
    firing = _load_firing(firing_id)
    if os.path.splitext(filename)[1].lower() not in ALLOWED_EXT:
        abort(404)
    full_path = os.path.join(_photo_root(), str(firing.id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)
