"""Patient portal: download copies of spectacle prescriptions.

After an eye test the practice uploads a signed PDF of the prescription.
Patients can download it from their account page; the link passes the PDF
file name that was stored on the appointment record.
"""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from portal.models import Appointment

bp = Blueprint("rx_downloads", __name__, url_prefix="/account/prescriptions")


def _rx_root() -> str:
    return current_app.config.get("RX_PDF_ROOT", "/srv/portal/rx")


def _rx_path(patient_id: int, name: str) -> str:
    return os.path.join(_rx_root(), str(patient_id), name)


@bp.get("/")
@login_required
def list_prescriptions():
    appts = Appointment.query.filter_by(patient_id=current_user.patient_id).all()
    return {
        "prescriptions": [
            {"date": a.date.isoformat(), "file": a.rx_pdf_name}
            for a in appts if a.rx_pdf_name
        ]
    }


@bp.get("/download")
@login_required
def download_prescription():
    name = request.args.get("file", "")
    if not name.lower().endswith(".pdf"):
        abort(400)
    path = _rx_path(current_user.patient_id, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name="prescription.pdf")
