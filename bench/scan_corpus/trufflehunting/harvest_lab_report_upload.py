"""Upload of laboratory reports (species DNA check, residue tests) per harvest lot.

Graders attach the lab's PDF to the lot before it can be listed for export.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import HarvestLot, LabReport, db

bp = Blueprint("lab_reports", __name__, url_prefix="/harvest/lots")

REPORT_ROOT = os.environ.get("LAB_REPORT_ROOT", "/srv/truffle/lab-reports")
MAX_REPORT_BYTES = 15 * 1024 * 1024


@dataclass
class PendingReport:
    lot: HarvestLot
    upload_dir: str
    target: str = ""

    def prepare(self, upload) -> None:
        os.makedirs(self.upload_dir, exist_ok=True)
        self.target = os.path.join(self.upload_dir, upload.filename)

    def write(self, upload) -> str:
        data = upload.read(MAX_REPORT_BYTES + 1)
        if len(data) > MAX_REPORT_BYTES:
            raise ValueError("report larger than 15 MB")
        if not data.startswith(b"%PDF-"):
            raise ValueError("lab reports must be PDF files")
        with open(self.target, "wb") as fh:
            fh.write(data)
        return hashlib.sha256(data).hexdigest()


@bp.post("/<lot_code>/lab-report")
@login_required
def upload_lab_report(lot_code: str):
    if current_user.role not in {"grader", "admin"}:
        abort(403)
    lot = HarvestLot.query.filter_by(code=lot_code).first_or_404()
    upload = request.files.get("report")
    if upload is None or not upload.filename:
        abort(400, "report file missing")

    pending = PendingReport(lot=lot, upload_dir=os.path.join(REPORT_ROOT, str(lot.id)))
    pending.prepare(upload)
    try:
        checksum = pending.write(upload)
    except ValueError as exc:
        abort(422, str(exc))

    db.session.add(
        LabReport(
            lot_id=lot.id,
            path=pending.target,
            sha256=checksum,
            uploaded_by=current_user.id,
        )
    )
    db.session.commit()
    return jsonify({"lot": lot_code, "sha256": checksum}), 201
