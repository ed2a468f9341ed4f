"""Download endpoint for generated treatment reports.

Monthly adequacy reports are generated per clinic as PDFs under a
reports directory. Clinic managers download them by file name from the
quality page.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

reports = Blueprint("reports", __name__, url_prefix="/reports")


class ReportLocator:
    def __init__(self, base: Path) -> None:
        self._base = base.resolve()

    def clinic_dir(self, clinic_id: int) -> Path:
        return self._base / f"clinic-{clinic_id}"

    def locate(self, clinic_id: int, filename: str) -> Path:
        clinic_root = self.clinic_dir(clinic_id).resolve()
        candidate = (clinic_root / filename).resolve()
        if not candidate.is_relative_to(clinic_root) or candidate.suffix != ".pdf":
            raise FileNotFoundError(filename)
        if not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate


def _locator() -> ReportLocator:
    return ReportLocator(Path(current_app.config["REPORTS_ROOT"]))


@reports.get("/<int:clinic_id>/<path:filename>")
@login_required
def download(clinic_id: int, filename: str):
    if clinic_id not in current_user.clinic_ids:
        abort(403)
    try:
        path = _locator().locate(clinic_id, filename)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)


@reports.get("/<int:clinic_id>")
@login_required
def listing(clinic_id: int):
    if clinic_id not in current_user.clinic_ids:
        abort(403)
    folder = _locator().clinic_dir(clinic_id)
    names = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
    return {"clinic_id": clinic_id, "reports": names}
