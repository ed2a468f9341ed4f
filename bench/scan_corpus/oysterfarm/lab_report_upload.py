"""Upload of outside-lab PDF reports (biotoxin and vibrio panels) by the lab technicians."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.datastructures import FileStorage

from .auth import staff_role_required

bp = Blueprint("lab_reports", __name__, url_prefix="/staff/lab-reports")

MAX_REPORT_BYTES = 20 * 1024 * 1024


@dataclass
class StoredReport:
    path: Path
    sha256: str
    size: int


class LabReportStorage:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def target_for(self, station: str, upload: FileStorage) -> Path:
        folder = self.root / datetime.now(timezone.utc).strftime("%Y/%m")
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{station}-{upload.filename}"

    def save(self, station: str, upload: FileStorage) -> StoredReport:
        data = upload.read(MAX_REPORT_BYTES + 1)
        if len(data) > MAX_REPORT_BYTES:
            raise ValueError("report is larger than 20 MB")
        target = self.target_for(station, upload)
        target.write_bytes(data)
        return StoredReport(target, hashlib.sha256(data).hexdigest(), len(data))


def _storage() -> LabReportStorage:
    return LabReportStorage(current_app.config["LAB_REPORT_ROOT"])


@bp.post("/<int:station_id>")
@staff_role_required("lab")
def upload_report(station_id: int):
    upload = request.files.get("report")
    if upload is None or not upload.filename:
        abort(400, "attach the lab report as 'report'")
    if upload.mimetype != "application/pdf":
        abort(415, "lab reports must be PDF")
    try:
        stored = _storage().save(f"st{station_id:03d}", upload)
    except ValueError as exc:
        abort(413, str(exc))
    return jsonify({"stored": stored.path.name, "sha256": stored.sha256, "bytes": stored.size}), 201
