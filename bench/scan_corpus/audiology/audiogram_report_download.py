"""Serves generated audiogram PDF reports to clinic staff."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

reports_bp = Blueprint("reports", __name__, url_prefix="/reports")


class ReportStorage:
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)

    def locate(self, clinic_code: str, filename: str) -> Path:
        return self.root / clinic_code / filename

    def exists(self, clinic_code: str, filename: str) -> bool:
        return self.locate(clinic_code, filename).is_file()


def storage() -> ReportStorage:
    return ReportStorage(current_app.config.get("AUDIOGRAM_REPORT_ROOT", "/srv/reports"))


@reports_bp.get("/<clinic_code>/<path:filename>")
@login_required
def download_report(clinic_code: str, filename: str):
    store = storage()
    if not store.exists(clinic_code, filename):
        abort(404)
    return send_file(
        store.locate(clinic_code, filename),
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(filename),
    )


@reports_bp.get("/<clinic_code>/")
@login_required
def list_reports(clinic_code: str):
    folder = storage().root / clinic_code
    if not folder.is_dir():
        abort(404)
    return {"reports": sorted(p.name for p in folder.glob("*.pdf"))}
