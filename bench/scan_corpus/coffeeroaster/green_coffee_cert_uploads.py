"""Upload of certificates for green coffee lots.

For every lot the buyer keeps the phytosanitary certificate, the organic
transaction certificate and the importer's grading sheet. The upload form
sends the lot code together with the document.
"""
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("certificates", __name__, url_prefix="/lots")
log = logging.getLogger(__name__)

ALLOWED_EXTENSIONS = {"pdf", "jpg", "jpeg", "png"}
MAX_BYTES = 15 * 1024 * 1024


def _allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def certificate_dir(lot_code: str) -> str:
    return os.path.join(current_app.config["CERT_ROOT"], lot_code)


@bp.post("/certificates")
def upload_certificate():
    lot_code = request.form.get("lot_code", "").strip()
    upload = request.files.get("document")
    if not lot_code or upload is None or not upload.filename:
        abort(400)

    filename = secure_filename(upload.filename)
    if not _allowed(filename):
        abort(415)
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)

    folder = certificate_dir(lot_code)
    os.makedirs(folder, exist_ok=True)
    destination = os.path.join(folder, filename)
    upload.save(destination)
    log.info("stored certificate %s for lot %s", filename, lot_code)
    return jsonify({"lot": lot_code, "file": filename}), 201


@bp.get("/<lot_code>/certificates")
def list_certificates(lot_code: str):
    folder = certificate_dir(secure_filename(lot_code))
    if not os.path.isdir(folder):
        return jsonify([])
    return jsonify(sorted(os.listdir(folder)))
