"""Accepts a zip of scanned vet records from a practice and files them per pet."""
import shutil
import uuid
import zipfile
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

from .auth import staff_required
from .documents import register_document

bp = Blueprint("vet_bulk_upload", __name__, url_prefix="/staff/vet-records")

UPLOAD_SETTINGS = {
    "staging": Path("/var/lib/kennel/vet_uploads"),
    "max_members": 500,
    "max_total_bytes": 200 * 1024 * 1024,
    "extensions": {".pdf", ".jpg", ".jpeg", ".png"},
}


def _target_for(staging: Path, member: zipfile.ZipInfo) -> Path:
    return staging / member.filename


def unpack_records(archive: zipfile.ZipFile, staging: Path) -> list[Path]:
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) > UPLOAD_SETTINGS["max_members"]:
        raise ValueError("too many files in archive")
    if sum(m.file_size for m in members) > UPLOAD_SETTINGS["max_total_bytes"]:
        raise ValueError("archive too large once extracted")

    written = []
    for member in members:
        if Path(member.filename).suffix.lower() not in UPLOAD_SETTINGS["extensions"]:
            continue
        target = _target_for(staging, member)
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        written.append(target)
    return written


@bp.post("/bulk")
@staff_required
def bulk_upload():
    upload = request.files.get("archive")
    if upload is None or not upload.filename.lower().endswith(".zip"):
        abort(400, "zip archive required")

    staging = UPLOAD_SETTINGS["staging"] / uuid.uuid4().hex
    staging.mkdir(parents=True)
    try:
        with zipfile.ZipFile(upload.stream) as archive:
            files = unpack_records(archive, staging)
    except (zipfile.BadZipFile, ValueError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        return jsonify(error=str(exc)), 422

    filed = 0
    for path in files:
        # Practices name folders by microchip number: <chip>/<document>.pdf
        chip = path.relative_to(staging).parts[0]
        if register_document(microchip=chip, path=path):
            filed += 1
    current_app.logger.info("Bulk vet upload: %d of %d files filed", filed, len(files))
    return jsonify(received=len(files), filed=filed), 201
