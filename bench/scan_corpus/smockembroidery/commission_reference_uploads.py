"""Reference photos attached to commission requests.

Customers upload photos of the garment or smocking style they want.
While a commission is still a draft they can list and remove the photos
they uploaded.  Files sit in a per-commission folder on the media volume.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, jsonify, request, session
from werkzeug.utils import secure_filename

from .commissions import draft_belongs_to

MEDIA_ROOT = Path(os.environ.get("COMMISSION_MEDIA_ROOT", "/srv/smockstudio/commission-media"))
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}

bp = Blueprint("commission_refs", __name__, url_prefix="/commissions")


def _commission_dir(commission_id: int, root: Path = MEDIA_ROOT) -> Path:
    return root / f"c{commission_id:08d}"


def _reference_path(commission_id: int, name: str) -> Path:
    return _commission_dir(commission_id) / name


def _require_owner(commission_id: int) -> None:
    customer_id = session.get("customer_id")
    if customer_id is None or not draft_belongs_to(commission_id, customer_id):
        abort(403)


@bp.post("/<int:commission_id>/references")
def upload_reference(commission_id: int):
    _require_owner(commission_id)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400, "no photo supplied")
    suffix = Path(secure_filename(upload.filename)).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415)
    target_dir = _commission_dir(commission_id)
    target_dir.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4().hex}{suffix}"
    upload.save(target_dir / name)
    return jsonify({"name": name}), 201


@bp.get("/<int:commission_id>/references")
def list_references(commission_id: int):
    _require_owner(commission_id)
    folder = _commission_dir(commission_id)
    names = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    return jsonify({"references": names})


@bp.delete("/<int:commission_id>/references/<path:name>")
def delete_reference(commission_id: int, name: str):
    _require_owner(commission_id)
    target = _reference_path(commission_id, name)
    if not target.is_file():
        abort(404)
    target.unlink()
    return "", 204
