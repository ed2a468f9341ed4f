"""Lets customers and event organisers download safety certificates for a hired unit."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("certificates", __name__, url_prefix="/certificates")


class CertificateStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def path_for(self, filename: str) -> Path:
        return self.root / filename

    def exists(self, filename: str) -> bool:
        return self.path_for(filename).is_file()

    def list_for_unit(self, tag_number: str) -> list[str]:
        return sorted(p.name for p in self.root.glob(f"{tag_number}_*.pdf"))


def get_store() -> CertificateStore:
    return CertificateStore(current_app.config["CERT_ROOT"])


@bp.get("/unit/<tag_number>")
@login_required
def list_certificates(tag_number: str):
    if not tag_number.isalnum():
        abort(400)
    return {"tag": tag_number, "files": get_store().list_for_unit(tag_number)}


@bp.get("/file/<path:filename>")
@login_required
def download(filename: str):
    store = get_store()
    if not store.exists(filename):
        abort(404)
    current_app.logger.info("certificate %s downloaded by user %s", filename, current_user.id)
    return send_file(
        store.path_for(filename),
        mimetype="application/pdf",
        as_attachment=True,
        download_name=Path(filename).name,
    )
