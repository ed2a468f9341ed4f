"""Stores photo evidence for woodland grant claims.

Photos are written under a name the server chooses; the name the office
gave the file is kept only as a label in the database.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import login_required
from werkzeug.utils import secure_filename

from .db import db_session
from .models import EvidencePhoto, GrantClaim

bp = Blueprint("evidence", __name__, url_prefix="/grants")

ALLOWED = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


@dataclass(frozen=True)
class EvidenceRoot:
    path: Path

    @classmethod
    def from_app(cls) -> "EvidenceRoot":
        return cls(Path(current_app.config["GRANT_EVIDENCE_ROOT"]))

    def new_location(self, claim_id: int, suffix: str) -> Path:
        folder = self.path / str(claim_id)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{uuid.uuid4().hex}{suffix}"


@bp.post("/<int:claim_id>/photos")
@login_required
def add_photo(claim_id: int):
    claim = db_session.get(GrantClaim, claim_id) or abort(404)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    suffix = os.path.splitext(upload.filename)[1].lower()
    if suffix not in ALLOWED:
        abort(415)
    location = EvidenceRoot.from_app().new_location(claim.id, suffix)
    upload.save(location)
    photo = EvidencePhoto(
        claim_id=claim.id,
        stored_name=location.name,
        label=secure_filename(upload.filename)[:120],
        uploaded_at=datetime.now(timezone.utc),
    )
    db_session.add(photo)
    db_session.commit()
    return jsonify({"id": photo.id, "label": photo.label}), 201


@bp.get("/<int:claim_id>/photos/<int:photo_id>")
@login_required
def get_photo(claim_id: int, photo_id: int):
    photo = db_session.get(EvidencePhoto, photo_id)
    if photo is None or photo.claim_id != claim_id:
        abort(404)
    path = EvidenceRoot.from_app().path / str(claim_id) / photo.stored_name
    return send_file(path, mimetype=ALLOWED[path.suffix], download_name=photo.label)
