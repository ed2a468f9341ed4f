"""Serve signed laboratory certificates of analysis for effluent and sludge samples."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("lab_certs", __name__, url_prefix="/lab/certificates")


class CertificateStore:
    """Certificates are filed as <root>/<batch_id>/<certificate file>."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)

    def batch_dir(self, batch_id: str) -> Path:
        return self.root / batch_id.upper()

    def path_for(self, batch_id: str, filename: str) -> Path:
        return self.batch_dir(batch_id) / filename

    def listing(self, batch_id: str) -> list[str]:
        folder = self.batch_dir(batch_id)
        return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []


def _store() -> CertificateStore:
    return CertificateStore(current_app.config["LAB_CERT_ROOT"])


def _may_view(batch_id: str) -> bool:
    return current_user.has_role("lab") or batch_id in current_user.permit_batches


@bp.get("/<batch_id>")
@login_required
def list_certificates(batch_id: str):
    if not _may_view(batch_id):
        abort(403)
    return {"batch": batch_id, "files": _store().listing(batch_id)}


@bp.get("/<batch_id>/<path:filename>")
@login_required
def download_certificate(batch_id: str, filename: str):
    if not _may_view(batch_id):
        abort(403)
    target = _store().path_for(batch_id, filename)
    if not target.is_file():
        abort(404)
    return send_file(target, mimetype="application/pdf", as_attachment=True)
