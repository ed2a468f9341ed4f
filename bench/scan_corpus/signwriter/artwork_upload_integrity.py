"""Resumable artwork uploads from design agencies.

Agencies upload large vector and print-ready files for lettering jobs.
The client sends the SHA-256 of the complete file so a truncated or
corrupted transfer is caught before the file reaches the proof queue.
"""
import hashlib
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

from signwriter.config import settings
from signwriter.proofs import enqueue_for_proofing
from signwriter.uploads import UploadSession

bp = Blueprint("artwork_uploads", __name__, url_prefix="/uploads")


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@bp.put("/<int:session_id>/chunk")
def append_chunk(session_id: int):
    upload = UploadSession.get_for_user(session_id) or abort(404)
    offset = int(request.headers.get("Upload-Offset", "-1"))
    if offset != upload.received_bytes:
        abort(409)
    upload.append(request.get_data())
    return jsonify(received=upload.received_bytes)


@bp.post("/<int:session_id>/complete")
def complete_upload(session_id: int):
    upload = UploadSession.get_for_user(session_id) or abort(404)
    declared = (request.json or {}).get("sha256", "").lower()
    actual = _sha256_of(Path(settings.UPLOAD_STAGING) / upload.staging_name)
    if actual == declared:
        upload.mark_complete(actual)
        enqueue_for_proofing(upload.id)
        return jsonify(status="complete", sha256=actual)
    upload.mark_failed("checksum mismatch")
    return jsonify(status="checksum_mismatch", expected=declared, actual=actual), 422
