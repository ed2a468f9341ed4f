"""Download of export certificates (phytosanitary and origin) for buyers.

Certificates are generated as PDFs by the nightly export job and written to
``EXPORT_CERT_DIR``.  Approved buyers download them from the portal.
"""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, g, jsonify, send_file, session

from .models import ExportCertificate

bp = Blueprint("export_certs", __name__, url_prefix="/exports/certificates")

CERT_DIR = os.environ.get("EXPORT_CERT_DIR", "/srv/truffle/export-certs")


def buyer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        buyer_id = session.get("buyer_id")
        if buyer_id is None:
            abort(401)
        g.buyer_id = buyer_id
        return view(*args, **kwargs)

    return wrapper


@bp.get("/")
@buyer_required
def list_certificates():
    certs = (
        ExportCertificate.query.filter_by(buyer_id=g.buyer_id)
        .order_by(ExportCertificate.issued_at.desc())
        .limit(100)
        .all()
    )
    return jsonify(
        [
            {
                "number": c.number,
                "kind": c.kind,
                "destination": c.destination_country,
                "file": c.file_name,
                "issued_at": c.issued_at.isoformat(),
            }
            for c in certs
        ]
    )


@bp.get("/file/<path:filename>")
@buyer_required
def download_certificate(filename: str):
    full_path = os.path.join(CERT_DIR, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(
        full_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )
