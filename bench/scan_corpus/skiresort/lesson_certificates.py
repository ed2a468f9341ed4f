"""Ski school: download of end-of-course certificates (PDF).

Certificates are rendered by the nightly job into CERT_DIR and linked
from the parent's booking page.
"""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("certificates", __name__, url_prefix="/skischool")

CERT_DIR = os.environ.get("SKISCHOOL_CERT_DIR", "/srv/skischool/certificates")


def _certificate_path(filename: str) -> str:
    return os.path.join(CERT_DIR, filename)


@bp.get("/certificates/download")
@login_required
def download_certificate():
    filename = request.args.get("file", "")
    if not filename.lower().endswith(".pdf"):
        abort(400)
    path = _certificate_path(filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"certificate-{current_user.id}.pdf",
    )
