"""Owner-portal endpoints for downloading documents attached to a patient record."""
import os

from flask import Blueprint, abort, current_app, g, send_file

from .auth import login_required
from .models import Patient

bp = Blueprint("attachments", __name__, url_prefix="/portal/patients")


def _owned_patient(patient_id: int) -> Patient:
    patient = Patient.query.get_or_404(patient_id)
    if patient.owner_id != g.owner.id:
        abort(404)
    return patient


@bp.get("/<int:patient_id>/attachments")
@login_required
def list_attachments(patient_id: int):
    patient = _owned_patient(patient_id)
    return {"attachments": [a.as_dict() for a in patient.attachments]}


@bp.get("/<int:patient_id>/attachments/<path:filename>")
@login_required
def download_attachment(patient_id: int, filename: str):
    _owned_patient(patient_id)
    path = os.path.join(current_app.config["ATTACHMENT_ROOT"], str(patient_id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
