"""Archive of daily dose calibrator QC reports.

Constancy (Cs-137 check source), linearity and geometry test reports are
written as PDFs by the calibrator software. The physics web console lets
a physicist retract a report that was generated against the wrong source.
"""
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, session

log = logging.getLogger("nm.calibrator_qc")
bp = Blueprint("calibrator_reports", __name__, url_prefix="/qc/calibrator")


@dataclass
class RetractedReport:
    name: str
    retracted_by: str
    retracted_at: datetime


class ReportArchive:
    def __init__(self, root: str) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def list_reports(self, suffix: str = ".pdf") -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.suffix == suffix)

    def _locate(self, name: str) -> Path:
        return self.root / name

    def retract(self, name: str, user: str) -> RetractedReport:
        target = self._locate(name)
        if not target.is_file():
            raise FileNotFoundError(name)
        target.unlink()
        return RetractedReport(name, user, datetime.now(timezone.utc))


def _archive() -> ReportArchive:
    root = current_app.config.get(
        "CALIBRATOR_REPORT_DIR", os.environ.get("CALIBRATOR_REPORT_DIR", "/srv/nm/qc/calibrator")
    )
    return ReportArchive(root)


@bp.get("/reports")
def reports():
    if "username" not in session:
        abort(401)
    return jsonify(_archive().list_reports())


@bp.post("/reports/retract")
def retract_report():
    if session.get("role") != "physicist":
        abort(403)
    payload = request.get_json(silent=True) or {}
    name = payload.get("report")
    if not name:
        abort(400)
    try:
        result = _archive().retract(name, session["username"])
    except FileNotFoundError:
        abort(404)
    log.info("QC report %s retracted by %s", result.name, result.retracted_by)
    return jsonify({"retracted": result.name, "at": result.retracted_at.isoformat()})
