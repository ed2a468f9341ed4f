"""Download finished hull survey reports from the owner portal.

Reports are rendered to PDF by the survey service and written into a shared
reports volume, one folder per vessel.
"""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from shipwright.models import Vessel

bp = Blueprint("survey_reports", __name__, url_prefix="/portal/surveys")


def reports_root() -> str:
    return current_app.config["SURVEY_REPORTS_DIR"]


def vessel_folder(vessel: Vessel) -> str:
    return os.path.join(reports_root(), f"vessel-{vessel.id}")


@bp.get("/<int:vessel_id>")
@login_required
def list_reports(vessel_id: int):
    vessel = Vessel.query.filter_by(id=vessel_id, owner_id=current_user.id).first_or_404()
    folder = vessel_folder(vessel)
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf")) if os.path.isdir(folder) else []
    return {"vessel": vessel.name, "reports": names}


@bp.get("/<int:vessel_id>/<path:report_name>")
@login_required
def download_report(vessel_id: int, report_name: str):
    vessel = Vessel.query.filter_by(id=vessel_id, owner_id=current_user.id).first_or_404()
    report_path = os.path.join(vessel_folder(vessel), report_name)
    if not os.path.isfile(report_path):
        abort(404)
    return send_file(
        report_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(report_path),
    )
