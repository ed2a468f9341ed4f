"""Serves intake and repair photos attached to workshop job cards."""
from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

photos = Blueprint("job_photos", __name__)


@dataclass
class PhotoStore:
    root: str

    def job_dir(self, job_card: str) -> str:
        return os.path.join(self.root, job_card.upper())

    def path_for(self, job_card: str, filename: str) -> str:
        return os.path.join(self.job_dir(job_card), filename)

    def listing(self, job_card: str) -> list[str]:
        folder = self.job_dir(job_card)
        if not os.path.isdir(folder):
            return []
        return sorted(
            f for f in os.listdir(folder)
            if mimetypes.guess_type(f)[0] in {"image/jpeg", "image/png"}
        )


def _store() -> PhotoStore:
    return PhotoStore(current_app.config["JOB_PHOTO_ROOT"])


def _may_view(job_card: str) -> bool:
    return current_user.is_staff or job_card in current_user.job_cards


@photos.get("/jobs/<job_card>/photos")
@login_required
def list_photos(job_card: str):
    if not _may_view(job_card):
        abort(403)
    return {"job_card": job_card, "photos": _store().listing(job_card)}


@photos.get("/jobs/<job_card>/photos/<path:filename>")
@login_required
def get_photo(job_card: str, filename: str):
    if not _may_view(job_card):
        abort(403)
    path = _store().path_for(job_card, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype=mimetypes.guess_type(path)[0] or "application/octet-stream")
