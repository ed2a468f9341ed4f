"""Archive of queen pedigree certificates.

Each breeder queen sold comes with a pedigree certificate. Customers can
fetch copies, and staff can replace a certificate after a correction.
"""
import os
import shutil

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("queen_certificates", __name__, url_prefix="/certificates")


def archive_dir() -> str:
    return os.path.realpath(current_app.config["CERTIFICATE_ARCHIVE"])


def certificate_path(name: str) -> str:
    base = archive_dir()
    candidate = os.path.realpath(os.path.join(base, os.path.basename(name)))
    if os.path.commonpath([base, candidate]) != base:
        abort(404)
    return candidate


@bp.get("/<name>")
@login_required
def download(name: str):
    path = certificate_path(name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)


@bp.post("/upload")
@login_required
def upload():
    upload = request.files.get("certificate")
    if upload is None or not upload.filename.lower().endswith(".pdf"):
        abort(400)
    target = certificate_path(secure_filename(upload.filename))
    tmp_target = target + ".part"
    upload.save(tmp_target)
    shutil.move(tmp_target, target)
    return {"stored": os.path.basename(target)}, 201
