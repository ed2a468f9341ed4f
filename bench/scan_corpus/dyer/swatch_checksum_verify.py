"""Verify client swatch uploads against the checksum the uploader sent.

The desktop upload tool used by buyers computes a SHA-256 of each swatch
scan and sends it alongside the file so that truncated uploads over poor
connections are caught and retried instead of being matched against.
"""
import hashlib
import logging

from flask import Blueprint, jsonify, request

from dyer.storage import store_swatch_bytes
from dyer.settings import MAX_SWATCH_BYTES

bp = Blueprint("swatch_upload", __name__)
log = logging.getLogger(__name__)


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@bp.post("/jobs/<int:job_id>/swatches")
def upload_swatch(job_id: int):
    upload = request.files.get("swatch")
    if upload is None:
        return jsonify({"error": "missing file"}), 400
    data = upload.read(MAX_SWATCH_BYTES + 1)
    if len(data) > MAX_SWATCH_BYTES:
        return jsonify({"error": "file too large"}), 413
    declared = request.form.get("sha256", "").lower()
    actual = _sha256_hex(data)
    if declared and declared != actual:
        log.warning("swatch for job %s arrived incomplete (%d bytes)", job_id, len(data))
        return jsonify({"error": "checksum mismatch, please retry", "received_sha256": actual}), 422
    key = store_swatch_bytes(job_id, data, upload.mimetype)
    return jsonify({"key": key, "sha256": actual}), 201
