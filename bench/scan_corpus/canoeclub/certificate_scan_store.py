"""Stores and serves scans of members' safety certificates.

Members upload a photo or PDF of their rescue / first-aid certificate;
the safety officer downloads them to check expiry dates.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, g, request, send_file
from werkzeug.utils import secure_filename

bp = Blueprint("cert_scans", __name__, url_prefix="/certificates")

SCAN_ROOT = Path(os.environ.get("CERT_SCAN_ROOT", "/srv/canoeclub/cert-scans")).resolve()
MIME_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


def resolve_scan(member_id: int, filename: str) -> Path:
    member_dir = (SCAN_ROOT / str(member_id)).resolve()
    candidate = (member_dir / filename).resolve()
    if not candidate.is_relative_to(member_dir):
        abort(404)
    if candidate.suffix.lower() not in MIME_TYPES or not candidate.is_file():
        abort(404)
    return candidate


def can_view(member_id: int) -> bool:
    user = getattr(g, "user", None)
    if user is None:
        return False
    return user.id == member_id or user.role in {"safety_officer", "coach_lead"}


@bp.get("/<int:member_id>/<path:filename>")
def download_scan(member_id: int, filename: str):
    if not can_view(member_id):
        abort(403)
    path = resolve_scan(member_id, filename)
    return send_file(path, mimetype=MIME_TYPES[path.suffix.lower()])


@bp.post("/<int:member_id>")
def upload_scan(member_id: int):
    if not can_view(member_id):
        abort(403)
    upload = request.files.get("scan")
    if upload is None:
        abort(400)
    name = secure_filename(upload.filename or "")
    if Path(name).suffix.lower() not in MIME_TYPES:
        abort(415)
    member_dir = SCAN_ROOT / str(member_id)
    member_dir.mkdir(parents=True, exist_ok=True)
    upload.save(member_dir / name)
    return {"stored": name}, 201
