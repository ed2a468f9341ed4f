"""Attachment download for electronic patient report forms.

Crews attach ECG strips, photos of medication and scene photos to the ePRF.
Clinical auditors download them from the records viewer.
"""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("prf_attachments", __name__)


def attachment_root() -> str:
    return current_app.config["PRF_ATTACHMENT_ROOT"]


@bp.get("/prf/<int:prf_id>/attachments/<path:filename>")
@login_required
def download_attachment(prf_id: int, filename: str):
    if not current_user.has_role("clinical_audit"):
        abort(403)
    path = os.path.join(attachment_root(), str(prf_id), filename)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("user %s downloaded %s for PRF %s", current_user.id, filename, prf_id)
    return send_file(path, as_attachment=True)
