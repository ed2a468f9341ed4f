"""Serve ECG strips and scene photos attached to patient report forms."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("prf_media", __name__)


@bp.get("/prf/<int:prf_id>/media/<path:filename>")
@login_required
def media(prf_id: int, filename: str):
    if not current_user.has_role("clinical_audit"):
        abort(403)
    folder = os.path.join(current_app.config["PRF_ATTACHMENT_ROOT"], str(prf_id))
    current_app.logger.info("user %s requested %s for PRF %s", current_user.id, filename, prf_id)
    return send_from_directory(folder, filename, as_attachment=True)
