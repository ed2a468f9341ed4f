"""Serves GC-MS analysis certificates for oil batches to logged-in wholesale buyers."""

from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, send_file

bp = Blueprint("certificates", __name__, url_prefix="/wholesale/certificates")

CERT_SUBDIR = "coa"


def buyer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if getattr(g, "buyer", None) is None:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def _certificate_root() -> str:
    return os.path.join(current_app.config["DOCUMENT_ROOT"], CERT_SUBDIR)


@bp.get("/")
@buyer_required
def list_certificates():
    root = _certificate_root()
    names = sorted(
        name for name in os.listdir(root) if name.lower().endswith(".pdf")
    )
    return jsonify(certificates=names)


@bp.get("/<path:filename>")
@buyer_required
def download_certificate(filename: str):
    full_path = os.path.join(_certificate_root(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.info("buyer %s downloaded %s", g.buyer.id, filename)
    return send_file(
        full_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )


@bp.get("/batch/<int:batch_no>")
@buyer_required
def certificate_for_batch(batch_no: int):
    name = f"COA-{batch_no:06d}.pdf"
    full_path = os.path.join(_certificate_root(), name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True, download_name=name)
