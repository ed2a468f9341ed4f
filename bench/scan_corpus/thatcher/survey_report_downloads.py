"""Download endpoint for finished roof survey reports.

After a surveyor has been up the ladder, the office produces a PDF report
(condition of the coat, ridge, netting, chimney details, recommended work).
Customers and insurers download the PDF from a link in the survey email.
"""

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("survey_reports", __name__)


def reports_root() -> str:
    return current_app.config.get("SURVEY_REPORT_DIR", "/srv/thatcher/survey-reports")


def report_path(account_id: int, report_name: str) -> str:
    return os.path.join(reports_root(), str(account_id), report_name)


@bp.get("/surveys/reports/<path:report_name>")
@login_required
def download_report(report_name: str):
    path = report_path(current_user.account_id, report_name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=Path(path).name,
    )


@bp.get("/surveys/reports")
@login_required
def list_reports():
    folder = Path(reports_root()) / str(current_user.account_id)
    if not folder.is_dir():
        return {"reports": []}
    return {
        "reports": sorted(
            p.name for p in folder.iterdir() if p.suffix.lower() == ".pdf"
        )
    }
