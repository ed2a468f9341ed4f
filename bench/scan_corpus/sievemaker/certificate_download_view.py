"""Back-office view that serves archived certificate PDFs.

Certificates are archived by the calibration lab as
<CERT_ARCHIVE>/<year>/<certificate-no>.pdf. The listing page links to
this view with the relative file name.
"""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("cert_files", __name__)

DEFAULT_ARCHIVE = "/srv/calibration/certificates"


def archive_root() -> str:
    return current_app.config.get("CERT_ARCHIVE", DEFAULT_ARCHIVE)


def certificate_path(year: str, filename: str) -> str:
    return os.path.join(archive_root(), year, filename)


@bp.get("/certificates/<year>/<path:filename>")
@login_required
def download_certificate(year: str, filename: str):
    if not year.isdigit() or not (2000 <= int(year) <= datetime.now().year):
        abort(404)
    path = certificate_path(year, filename)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("user %s downloaded certificate %s/%s", current_user.id, year, filename)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=os.path.basename(filename))
