"""Upload of certificates of conformity by fuel suppliers.

Suppliers attach the HETAS / Ready to Burn certificate for each smokeless
fuel batch; the file is stored per product for later display to customers.
"""
import os

from flask import Blueprint, abort, current_app, request
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("certificate_upload", __name__, url_prefix="/supplier/certificates")

ALLOWED_EXTENSIONS = {".pdf"}
MAX_BYTES = 10 * 1024 * 1024


def _product_dir(product_code: str) -> str:
    base = os.path.realpath(current_app.config["CERTIFICATE_DIR"])
    folder = os.path.realpath(os.path.join(base, secure_filename(product_code.upper())))
    if os.path.commonpath([base, folder]) != base or folder == base:
        abort(400)
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<product_code>")
@login_required
def upload_certificate(product_code: str):
    upload = request.files.get("certificate")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)
    destination = os.path.join(_product_dir(product_code), name)
    upload.save(destination)
    return {"stored": name, "product": product_code.upper()}, 201
