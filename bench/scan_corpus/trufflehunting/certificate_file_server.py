"""Serves export certificates (phytosanitary, origin) to approved buyers."""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, g, jsonify, send_from_directory, session

from .models import ExportCertificate

bp = Blueprint("certificate_files", __name__, url_prefix="/exports/files")

CERT_DIR = os.environ.get("EXPORT_CERT_DIR", "/srv/truffle/export-certs")


def approved_buyer(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        buyer_id = session.get("buyer_id")
        if buyer_id is None:
            abort(401)
        g.buyer_id = buyer_id
        return view(*args, **kwargs)

    return wrapper


@bp.get("/")
@approved_buyer
def index():
    certs = ExportCertificate.query.filter_by(buyer_id=g.buyer_id).all()
    return jsonify([{"number": c.number, "file": c.file_name, "kind": c.kind} for c in certs])


@bp.get("/<path:filename>")
@approved_buyer
def download(filename: str):
    cert = ExportCertificate.query.filter_by(buyer_id=g.buyer_id, file_name=filename).first()
    if cert is None:
        abort(404)
    return send_from_directory(
        CERT_DIR,
        filename,
        mimetype="application/pdf",
        as_attachment=True,
    )


@bp.get("/by-number/<number>")
@approved_buyer
def download_by_number(number: str):
    cert = ExportCertificate.query.filter_by(buyer_id=g.buyer_id, number=number).first_or_404()
    return send_from_directory(CERT_DIR, cert.file_name, mimetype="application/pdf", as_attachment=True)
