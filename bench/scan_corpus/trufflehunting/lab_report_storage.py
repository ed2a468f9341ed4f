"""Storage of laboratory reports (DNA species check, residues) per harvest lot."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required

from .models import HarvestLot, LabReport, db

bp = Blueprint("lab_report_files", __name__, url_prefix="/harvest/reports")

REPORT_ROOT = Path(os.environ.get("LAB_REPORT_ROOT", "/srv/truffle/lab-reports")).resolve()
MAX_REPORT_BYTES = 15 * 1024 * 1024


def report_path(lot_id: int, name: str) -> Path:
    candidate = (REPORT_ROOT / str(lot_id) / name).resolve()
    if not candidate.is_relative_to(REPORT_ROOT / str(lot_id)):
        raise ValueError("report name escapes the lot folder")
    return candidate


@bp.post("/<lot_code>")
@login_required
def upload(lot_code: str):
    if current_user.role not in {"grader", "admin"}:
        abort(403)
    lot = HarvestLot.query.filter_by(code=lot_code).first_or_404()
    upload_file = request.files.get("report")
    if upload_file is None or not upload_file.filename:
        abort(400, "report file missing")
    try:
        target = report_path(lot.id, upload_file.filename)
    except ValueError as exc:
        abort(400, str(exc))

    data = upload_file.read(MAX_REPORT_BYTES + 1)
    if len(data) > MAX_REPORT_BYTES or not data.startswith(b"%PDF-"):
        abort(422, "lab reports must be PDF files under 15 MB")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    checksum = hashlib.sha256(data).hexdigest()
    db.session.add(LabReport(lot_id=lot.id, path=str(target), sha256=checksum, uploaded_by=current_user.id))
    db.session.commit()
    return jsonify({"lot": lot_code, "sha256": checksum}), 201


@bp.get("/<lot_code>/<name>")
@login_required
def fetch(lot_code: str, name: str):
    lot = HarvestLot.query.filter_by(code=lot_code).first_or_404()
    try:
        path = report_path(lot.id, name)
    except ValueError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf")
