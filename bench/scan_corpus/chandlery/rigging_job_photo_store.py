"""Photos attached to rigging service jobs.

Riggers photograph swage terminals, chainplates and worn sheaves during a
survey; the photos go on the job card and are shown to the owner with the
quote. Riggers can remove a photo that was taken by mistake.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("rigging_photos", __name__, url_prefix="/rigging/jobs")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


class JobPhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def job_dir(self, job_id: int) -> Path:
        path = self.root / f"job-{job_id:06d}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def save(self, job_id: int, upload) -> str:
        suffix = Path(secure_filename(upload.filename or "")).suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported image type")
        name = f"{uuid.uuid4().hex}{suffix}"
        upload.save(self.job_dir(job_id) / name)
        return name

    def list(self, job_id: int) -> list[str]:
        return sorted(p.name for p in self.job_dir(job_id).iterdir() if p.is_file())

    def remove(self, job_id: int, name: str) -> bool:
        target = self.job_dir(job_id) / name
        if not target.exists():
            return False
        target.unlink()
        return True


def store() -> JobPhotoStore:
    return JobPhotoStore(Path(current_app.config["RIGGING_PHOTO_DIR"]))


@bp.post("/<int:job_id>/photos")
def upload_photo(job_id: int):
    upload = request.files.get("photo")
    if upload is None:
        abort(400)
    try:
        name = store().save(job_id, upload)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(name=name), 201


@bp.get("/<int:job_id>/photos")
def list_photos(job_id: int):
    return jsonify(photos=store().list(job_id))


@bp.delete("/<int:job_id>/photos/<path:name>")
def delete_photo(job_id: int, name: str):
    if not store().remove(job_id, name):
        abort(404)
    return "", 204
