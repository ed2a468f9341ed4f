"""Clinician portal routes for browsing and downloading generated study reports."""
import os
from pathlib import Path

from flask import Blueprint, abort, render_template, request, send_file
from flask_login import current_user, login_required

from .access import can_view_study

bp = Blueprint("reports", __name__, url_prefix="/reports")

REPORT_ROOT = Path(os.environ.get("REPORT_ROOT", "/srv/portal/reports"))


@bp.get("/<int:study_id>/")
@login_required
def list_reports(study_id: int):
    if not can_view_study(current_user, study_id):
        abort(403)
    folder = REPORT_ROOT / str(study_id)
    files = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
    return render_template("reports/list.html", study_id=study_id, files=files)


@bp.get("/<int:study_id>/download")
@login_required
def download_report(study_id: int):
    if not can_view_study(current_user, study_id):
        abort(403)
    name = request.args.get("file", "summary.pdf")
    path = os.path.join(REPORT_ROOT, str(study_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
