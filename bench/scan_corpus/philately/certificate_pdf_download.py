"""Lets buyers download the PDF expert certificate attached to a lot they won."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

certificates = Blueprint("certificates", __name__)


@dataclass(frozen=True)
class CertificateShelf:
    root: Path

    def resolve(self, sale_code: str, name: str) -> Path:
        base = self.root.resolve()
        candidate = (base / sale_code / name).resolve()
        if not candidate.is_relative_to(base) or candidate.suffix.lower() != ".pdf":
            raise PermissionError(name)
        return candidate


def shelf() -> CertificateShelf:
    return CertificateShelf(Path(current_app.config["CERTIFICATE_ROOT"]))


def buyer_won(sale_code: str, name: str) -> bool:
    from auction.invoices import won_certificates

    return name in won_certificates(current_user.id, sale_code)


@certificates.get("/sales/<sale_code>/certificate")
@login_required
def download_certificate(sale_code: str):
    name = request.args.get("name", "")
    if not name or not buyer_won(sale_code, name):
        abort(404)
    try:
        path = shelf().resolve(sale_code, name)
    except PermissionError:
        abort(400)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
