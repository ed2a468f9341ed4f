"""Download of fitting reports for horse owners.

After each fitting the fitter's notes, tracings and recommended tree
width are rendered to PDF and filed in the reports folder. Owners
follow a link from their account page to download the report.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from fittings.models import FittingReport

bp = Blueprint("fitting_reports", __name__, url_prefix="/reports")


def reports_root() -> str:
    return current_app.config.get("FITTING_REPORT_DIR", "/srv/saddler/reports")


def _report_path(owner_id: int, document: str) -> str:
    owner_dir = os.path.join(reports_root(), f"owner_{owner_id}")
    return os.path.join(owner_dir, document)


@bp.get("/")
@login_required
def list_reports():
    reports = FittingReport.query.filter_by(owner_id=current_user.id).all()
    return {
        "reports": [
            {"horse": r.horse_name, "fitted_on": r.fitted_on.isoformat(), "document": r.filename}
            for r in reports
        ]
    }


@bp.get("/<path:document>")
@login_required
def download_report(document: str):
    path = _report_path(current_user.id, document)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=Path(document).name,
    )
