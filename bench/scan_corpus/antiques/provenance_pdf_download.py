"""Serves provenance certificates to buyers who have won the corresponding lot."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, g, send_file

from storefront.auth import login_required
from storefront.sales import buyer_won_lot

certificates = Blueprint("certificates", __name__, url_prefix="/account/certificates")


class CertificateStorage:
    def __init__(self, root: str | None = None) -> None:
        self.root = Path(root or os.environ.get("CERTIFICATE_ROOT", "/srv/storefront/certificates"))

    def lot_folder(self, lot_number: str) -> Path:
        return self.root / lot_number.upper()

    def locate(self, lot_number: str, document_name: str) -> Path:
        return self.lot_folder(lot_number) / document_name


storage = CertificateStorage()


def _download_name(lot_number: str, document_name: str) -> str:
    stem = Path(document_name).stem.replace(" ", "_")
    return f"lot-{lot_number}-{stem}.pdf"


@certificates.get("/<lot_number>/<path:document_name>")
@login_required
def download_certificate(lot_number: str, document_name: str):
    if not buyer_won_lot(g.buyer_id, lot_number):
        abort(403)
    path = storage.locate(lot_number, document_name)
    if not path.is_file():
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=_download_name(lot_number, document_name),
        max_age=0,
    )
