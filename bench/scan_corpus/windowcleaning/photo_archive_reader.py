"""Serve archived before/after photos by database id, for complaints and damage claims."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, abort, send_file
from sqlalchemy import text

from .auth import staff_required
from .db import engine

bp = Blueprint("photo_archive", __name__, url_prefix="/office/photo-archive")

ARCHIVE_ROOT = os.environ.get("ROUNDS_PHOTO_ARCHIVE", "/srv/rounds/archive")


@dataclass
class ArchivedPhoto:
    photo_id: int
    job_id: int
    stage: str
    storage_key: str
    content_type: str

    @property
    def path(self) -> str:
        return os.path.join(ARCHIVE_ROOT, f"{self.job_id:08d}", f"{self.storage_key}.jpg")


def _load(photo_id: int) -> Optional[ArchivedPhoto]:
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT id, job_id, stage, storage_key::text, content_type "
                "FROM job_photos WHERE id = :id AND archived"
            ),
            {"id": photo_id},
        ).first()
    return ArchivedPhoto(*row) if row else None


@bp.get("/<int:photo_id>")
@staff_required
def archived_photo(photo_id: int):
    photo = _load(photo_id)
    if photo is None or not os.path.isfile(photo.path):
        abort(404)
    return send_file(
        photo.path,
        mimetype=photo.content_type,
        download_name=f"job-{photo.job_id}-{photo.stage}.jpg",
    )
