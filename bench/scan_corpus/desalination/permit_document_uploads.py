"""Upload of permit-to-work documents (isolation certificates, confined
space entry permits, hot-work permits) attached to maintenance jobs."""
from __future__ import annotations

import uuid
from pathlib import Path, PurePosixPath

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.datastructures import FileStorage

from cmms.models import PermitDocument, db

bp = Blueprint("permits", __name__)

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png"}


class PermitStorage:
    def __init__(self, root: Path) -> None:
        self.root = root

    @staticmethod
    def extension_of(upload: FileStorage) -> str:
        original = PurePosixPath((upload.filename or "").replace("\\", "/")).name
        return PurePosixPath(original).suffix.lower()

    def save(self, job_id: int, upload: FileStorage) -> tuple[str, Path]:
        ext = self.extension_of(upload)
        if ext not in ALLOWED_EXTENSIONS:
            abort(415)
        stored_name = f"{uuid.uuid4().hex}{ext}"
        folder = self.root / f"job-{job_id:08d}"
        folder.mkdir(parents=True, exist_ok=True)
        destination = folder / stored_name
        upload.save(destination)
        return stored_name, destination


@bp.post("/jobs/<int:job_id>/permits")
def upload_permit(job_id: int):
    upload = request.files.get("document")
    if upload is None:
        abort(400)
    storage = PermitStorage(Path(current_app.config["PERMIT_STORAGE_ROOT"]))
    stored_name, destination = storage.save(job_id, upload)
    doc = PermitDocument(
        job_id=job_id,
        stored_name=stored_name,
        original_name=(upload.filename or "")[:255],
        size_bytes=destination.stat().st_size,
        permit_type=request.form.get("permit_type", "general"),
    )
    db.session.add(doc)
    db.session.commit()
    return jsonify(id=doc.id, stored_name=stored_name), 201
