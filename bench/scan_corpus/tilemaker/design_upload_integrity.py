"""Integrity check for large design uploads sent in parts.

The design uploader splits artwork files into parts and sends the SHA-256
of the whole file with the final part. It is recomputed server-side so a
truncated or corrupted upload is rejected before it reaches the studio.
"""
import hashlib
from pathlib import Path

from flask import Blueprint, jsonify, request

from tilemaker.settings import UPLOAD_STAGING_DIR
from tilemaker.uploads import promote_upload, staging_path_for

bp = Blueprint("design_upload", __name__)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            h.update(block)
    return h.hexdigest()


@bp.post("/designs/uploads/<int:upload_id>/complete")
def complete_upload(upload_id: int):
    staged = staging_path_for(UPLOAD_STAGING_DIR, upload_id)
    if staged is None or not staged.exists():
        return jsonify({"error": "unknown upload"}), 404
    declared = str((request.json or {}).get("sha256", "")).lower()
    actual = file_sha256(staged)
    if actual != declared:
        staged.unlink(missing_ok=True)
        return jsonify({"error": "checksum mismatch", "expected": declared, "received": actual}), 422
    asset_id = promote_upload(staged, checksum=actual)
    return jsonify({"asset_id": asset_id, "sha256": actual}), 201
