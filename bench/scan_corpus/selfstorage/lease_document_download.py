"""Lets logged-in tenants download signed rental agreements and addenda."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .models import LeaseDocument

bp = Blueprint("lease_docs", __name__, url_prefix="/portal/documents")

ALLOWED_SUFFIXES = (".pdf", ".png", ".jpg")


def _storage_root() -> str:
    return current_app.config["LEASE_DOCUMENT_ROOT"]


@bp.get("/")
@login_required
def list_documents():
    docs = LeaseDocument.query.filter_by(tenant_id=current_user.tenant_id).all()
    return {
        "documents": [
            {"name": d.filename, "kind": d.kind, "signed_at": d.signed_at.isoformat()}
            for d in docs
        ]
    }


@bp.get("/<path:filename>")
@login_required
def download_document(filename: str):
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    tenant_dir = os.path.join(_storage_root(), str(current_user.tenant_id))
    full_path = os.path.join(tenant_dir, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(filename))


@bp.get("/latest-lease")
@login_required
def latest_lease():
    doc = (
        LeaseDocument.query.filter_by(tenant_id=current_user.tenant_id, kind="lease")
        .order_by(LeaseDocument.signed_at.desc())
        .first()
    )
    if doc is None:
        abort(404)
    path = os.path.join(_storage_root(), str(current_user.tenant_id), f"{doc.id}.pdf")
    return send_file(path, as_attachment=True, download_name="rental-agreement.pdf")
