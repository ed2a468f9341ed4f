"""Delivers certificate PDFs and paw-print keepsake scans to logged-in owners."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .models import Certificate

bp = Blueprint("certificate_delivery", __name__, url_prefix="/portal/files")

KINDS = {"certificate": "certificates", "pawprint": "pawprints"}


class OwnerFileArea:
    def __init__(self, owner_id: int):
        self.owner_id = owner_id

    @property
    def base(self) -> Path:
        return Path(current_app.config["OWNER_FILES_ROOT"]) / str(self.owner_id)

    def folder(self, kind: str) -> Path:
        if kind not in KINDS:
            abort(404)
        return self.base / KINDS[kind]

    def send(self, kind: str, file_name: str):
        return send_from_directory(
            self.folder(kind),
            file_name,
            as_attachment=True,
            mimetype="application/pdf" if kind == "certificate" else None,
        )


@bp.get("/")
@login_required
def index():
    certs = Certificate.query.filter_by(owner_id=current_user.id).all()
    return {"files": [{"kind": "certificate", "name": c.file_name} for c in certs]}


@bp.get("/<kind>/<path:file_name>")
@login_required
def download(kind: str, file_name: str):
    current_app.logger.info("owner %s requested %s file %s", current_user.id, kind, file_name)
    return OwnerFileArea(current_user.id).send(kind, file_name)
