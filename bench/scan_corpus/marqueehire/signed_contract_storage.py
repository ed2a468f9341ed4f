"""Storage of signed hire contracts uploaded by customers.

Customers upload the signed hire agreement (and sometimes the venue's
permission letter) from the portal. Files are kept per booking and can be
downloaded again by the customer or the office.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file, session
from werkzeug.utils import secure_filename

bp = Blueprint("contracts", __name__)

CONTRACTS_ROOT = Path(os.environ.get("CONTRACTS_ROOT", "/srv/marqueehire/contracts")).resolve()
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}


def _booking_dir(booking_id: int) -> Path:
    from bookings.repo import owner_of

    if owner_of(booking_id) != session.get("customer_id"):
        abort(404)
    folder = CONTRACTS_ROOT / str(booking_id)
    folder.mkdir(mode=0o750, parents=True, exist_ok=True)
    return folder


def _confined(folder: Path, name: str) -> Path:
    candidate = (folder / name).resolve()
    if not candidate.is_relative_to(folder.resolve()):
        abort(404)
    return candidate


@bp.post("/bookings/<int:booking_id>/contracts")
def upload_contract(booking_id: int):
    folder = _booking_dir(booking_id)
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    upload.save(_confined(folder, name))
    return {"stored": name}, 201


@bp.get("/bookings/<int:booking_id>/contracts/<name>")
def download_contract(booking_id: int, name: str):
    folder = _booking_dir(booking_id)
    path = _confined(folder, name)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True)
