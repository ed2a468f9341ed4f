"""Photo evidence uploads for woodland grant claims.

Before a coppice restoration claim is paid the grant body wants dated photos
of each coupe after cutting and after deer fencing; the office uploads them
here against the claim reference.
"""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("grant_evidence", __name__, url_prefix="/grants")

CLAIM_REF = re.compile(r"^[A-Z]{2}\d{6}$")
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


class EvidenceFolder:
    def __init__(self, root: str) -> None:
        self.root = root

    def claim_dir(self, claim_ref: str) -> str:
        path = os.path.join(self.root, claim_ref)
        os.makedirs(path, mode=0o750, exist_ok=True)
        return path

    def evidence_path(self, claim_ref: str, filename: str) -> str:
        return os.path.join(self.claim_dir(claim_ref), filename)

    def listing(self, claim_ref: str) -> list[str]:
        return sorted(os.listdir(self.claim_dir(claim_ref)))


def _folder() -> EvidenceFolder:
    return EvidenceFolder(current_app.config["GRANT_EVIDENCE_ROOT"])


@bp.post("/<claim_ref>/evidence")
@login_required
def upload_evidence(claim_ref: str):
    if not CLAIM_REF.match(claim_ref):
        abort(404)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400, "no photo attached")
    suffix = os.path.splitext(upload.filename)[1].lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415, "photos must be JPEG, PNG or HEIC")
    target = _folder().evidence_path(claim_ref, upload.filename)
    upload.save(target)
    return jsonify(
        {
            "claim": claim_ref,
            "stored": os.path.basename(target),
            "uploaded_at": datetime.now(timezone.utc).isoformat(),
        }
    ), 201


@bp.get("/<claim_ref>/evidence")
@login_required
def list_evidence(claim_ref: str):
    if not CLAIM_REF.match(claim_ref):
        abort(404)
    return jsonify({"claim": claim_ref, "photos": _folder().listing(claim_ref)})
