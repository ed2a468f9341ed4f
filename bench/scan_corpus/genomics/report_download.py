"""Clinician download endpoint for signed-out PDF and VCF reports."""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from delivery.access import clinician_can_view
from delivery.audit import record_download

REPORT_ROOT = os.environ.get("REPORT_ROOT", "/srv/genomics/reports")

bp = Blueprint("report_download", __name__)


@bp.get("/reports/download")
@login_required
def download_report():
    accession = request.args.get("accession", "")
    filename = request.args.get("file", "")
    if not accession or not filename:
        abort(400)
    if not clinician_can_view(current_user, accession):
        abort(403)

    path = os.path.join(REPORT_ROOT, accession, filename)
    if not os.path.isfile(path):
        abort(404)

    record_download(user_id=current_user.id, accession=accession, filename=filename)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
