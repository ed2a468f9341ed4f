"""Contractors upload safety certificates (hot work, confined space) before site access."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.datastructures import FileStorage

bp = Blueprint("certificates", __name__, url_prefix="/contractor/certificates")


class CertificateVault:
    allowed_suffixes = {".pdf", ".jpg", ".jpeg", ".png"}
    max_bytes = 10 * 1024 * 1024

    def __init__(self, root: Path) -> None:
        self.root = root

    def _folder(self, contractor_id: str) -> Path:
        folder = self.root / contractor_id / str(date.today().year)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def target_for(self, contractor_id: str, upload: FileStorage) -> Path:
        return self._folder(contractor_id) / upload.filename

    def accepts(self, upload: FileStorage) -> bool:
        return bool(upload.filename) and Path(upload.filename).suffix.lower() in self.allowed_suffixes

    def store(self, contractor_id: str, upload: FileStorage) -> Path:
        target = self.target_for(contractor_id, upload)
        upload.save(target)
        if target.stat().st_size > self.max_bytes:
            target.unlink()
            raise ValueError("certificate too large")
        return target


def _vault() -> CertificateVault:
    return CertificateVault(Path(current_app.config["CERTIFICATE_ROOT"]))


@bp.post("/")
@login_required
def upload_certificate():
    upload = request.files.get("certificate")
    vault = _vault()
    if upload is None or not vault.accepts(upload):
        abort(400)
    try:
        stored = vault.store(str(current_user.contractor_id), upload)
    except ValueError:
        abort(413)
    return jsonify({"stored": stored.name, "kind": request.form.get("kind", "other")}), 201
