"""Owner portal gallery of hoof photos for each horse."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, send_from_directory
from flask_login import current_user, login_required

from .models import Horse

bp = Blueprint("portal_gallery", __name__, url_prefix="/portal/horses")

IMAGE_TYPES = {"image/jpeg", "image/png"}


class HorsePhotoFolder:
    def __init__(self, root: str, horse_id: int) -> None:
        self.path = Path(root) / str(int(horse_id))

    def names(self) -> list[str]:
        if not self.path.is_dir():
            return []
        return sorted(
            p.name
            for p in self.path.iterdir()
            if p.is_file() and mimetypes.guess_type(p.name)[0] in IMAGE_TYPES
        )


def _owned_horse(horse_id: int) -> Horse:
    horse = Horse.query.get_or_404(horse_id)
    if horse.owner_id != current_user.owner_id:
        abort(404)
    return horse


@bp.get("/<int:horse_id>/gallery")
@login_required
def gallery(horse_id: int):
    horse = _owned_horse(horse_id)
    folder = HorsePhotoFolder(current_app.config["HOOF_PHOTO_ROOT"], horse.id)
    return render_template("portal/gallery.html", horse=horse, photos=folder.names())


@bp.get("/<int:horse_id>/gallery/<path:filename>")
@login_required
def gallery_image(horse_id: int, filename: str):
    horse = _owned_horse(horse_id)
    if mimetypes.guess_type(filename)[0] not in IMAGE_TYPES:
        abort(404)
    folder = HorsePhotoFolder(current_app.config["HOOF_PHOTO_ROOT"], horse.id)
    return send_from_directory(folder.path, filename, max_age=3600)
