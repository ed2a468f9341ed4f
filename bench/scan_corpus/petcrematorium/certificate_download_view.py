"""Owner portal view for downloading issued cremation certificates."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .models import Certificate

bp = Blueprint("certificates", __name__, url_prefix="/portal/certificates")


def owner_certificate_dir(owner_id: int) -> str:
    return os.path.join(current_app.config["CERTIFICATE_DIR"], str(owner_id))


@bp.get("/")
@login_required
def list_certificates():
    certs = Certificate.query.filter_by(owner_id=current_user.id).all()
    return {
        "certificates": [
            {"number": c.number, "pet_name": c.pet_name, "file": c.file_name} for c in certs
        ]
    }


@bp.get("/download")
@login_required
def download_certificate():
    file_name = request.args.get("file", "")
    if not file_name.lower().endswith(".pdf"):
        abort(400)
    path = os.path.join(owner_certificate_dir(current_user.id), file_name)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("certificate %s downloaded by owner %s", file_name, current_user.id)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(path),
    )
