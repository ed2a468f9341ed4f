"""Customers download the PAT / electrical safety certificate for a rewired lamp.

Certificates are rendered to PDF by the bench software and dropped into
CERT_ROOT; the order page links to /certificates/<file name>.
"""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("certificates", __name__, url_prefix="/certificates")

CERT_ROOT = os.environ.get("CERT_ROOT", "/srv/lampmaker/certificates")


def _cert_path(filename: str) -> str:
    return os.path.join(CERT_ROOT, filename)


def _download_name(filename: str) -> str:
    stem, _ext = os.path.splitext(os.path.basename(filename))
    return f"lampmaker-safety-certificate-{stem}.pdf"


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    if not filename.startswith(f"{current_user.id}-"):
        abort(404)
    path = _cert_path(filename)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info(
        "certificate %s fetched by customer %s at %s",
        filename,
        current_user.id,
        datetime.utcnow().isoformat(timespec="seconds"),
    )
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=_download_name(filename),
    )


@bp.get("/")
@login_required
def index():
    prefix = f"{current_user.id}-"
    names = sorted(n for n in os.listdir(CERT_ROOT) if n.startswith(prefix))
    return {"certificates": names}
