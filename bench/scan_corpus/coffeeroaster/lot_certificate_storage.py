"""Storage of certificates for green coffee lots.

For every lot the buyer keeps the phytosanitary certificate, the organic
transaction certificate and the importer's grading sheet. Lot codes follow
the roastery's scheme, e.g. ``ETH-24-017``.
"""
import logging
import re
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("certificates", __name__, url_prefix="/lots")
log = logging.getLogger(__name__)

LOT_CODE = re.compile(r"^[A-Z]{3}-\d{2}-\d{3}$")
ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png"}


def certificate_dir(lot_code: str) -> Path:
    if not LOT_CODE.fullmatch(lot_code):
        abort(400, description="unknown lot code format")
    root = Path(current_app.config["CERT_ROOT"]).resolve()
    folder = (root / lot_code).resolve()
    if not folder.is_relative_to(root):
        abort(400)
    return folder


@bp.post("/certificates")
def upload_certificate():
    lot_code = request.form.get("lot_code", "").strip().upper()
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400)

    filename = secure_filename(upload.filename)
    if not filename or Path(filename).suffix.lower() not in ALLOWED_EXTENSIONS:
        abort(415)

    folder = certificate_dir(lot_code)
    folder.mkdir(parents=True, exist_ok=True)
    upload.save(folder / filename)
    log.info("stored certificate %s for lot %s", filename, lot_code)
    return jsonify({"lot": lot_code, "file": filename}), 201


@bp.get("/<lot_code>/certificates")
def list_certificates(lot_code: str):
    folder = certificate_dir(lot_code.upper())
    if not folder.is_dir():
        return jsonify([])
    return jsonify(sorted(p.name for p in folder.iterdir() if p.is_file()))
