"""PDF downloads of completed tuning reports for the parish that commissioned them."""

import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from bellfounder.models import Parish
from bellfounder.settings import settings

bp = Blueprint("report_downloads", __name__, url_prefix="/reports")


def _parish_folder(parish: Parish) -> str:
    return os.path.join(settings.TUNING_REPORT_DIR, parish.slug)


def _report_path(parish: Parish, report_name: str) -> str:
    filename = f"{report_name}.pdf"
    return os.path.join(_parish_folder(parish), filename)


@bp.get("/download/<path:report_name>")
@login_required
def download_report(report_name: str):
    parish = current_user.parish
    if parish is None:
        abort(403)
    path = _report_path(parish, report_name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)


@bp.get("/")
@login_required
def list_reports():
    parish = current_user.parish
    if parish is None:
        abort(403)
    folder = _parish_folder(parish)
    names = sorted(
        n[:-4] for n in os.listdir(folder) if n.endswith(".pdf")
    ) if os.path.isdir(folder) else []
    return {"reports": names}
