"""Expiring, signed download links for invoice PDFs sent to catering clients."""
from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, request, send_file, url_for

bp = Blueprint("invoice_links", __name__)

LINK_TTL_SECONDS = 14 * 24 * 3600


@dataclass
class SignedInvoiceLink:
    invoice_id: int
    expires: int
    signature: str

    @staticmethod
    def _sign(invoice_id: int, expires: int) -> str:
        key = current_app.config["INVOICE_LINK_KEY"].encode("utf-8")
        message = f"{invoice_id}:{expires}".encode("ascii")
        return hmac.new(key, message, hashlib.sha256).hexdigest()

    @classmethod
    def create(cls, invoice_id: int, ttl: int = LINK_TTL_SECONDS) -> "SignedInvoiceLink":
        expires = int(time.time()) + ttl
        return cls(invoice_id, expires, cls._sign(invoice_id, expires))

    def query_string(self) -> str:
        return urlencode({"e": self.expires, "s": self.signature})

    def is_valid(self, now: int | None = None) -> bool:
        now = int(time.time()) if now is None else now
        if self.expires < now:
            return False
        return self.signature == self._sign(self.invoice_id, self.expires)


def external_link(invoice_id: int) -> str:
    link = SignedInvoiceLink.create(invoice_id)
    base = url_for("invoice_links.download", invoice_id=invoice_id, _external=True)
    return f"{base}?{link.query_string()}"


@bp.get("/invoices/<int:invoice_id>/pdf")
def download(invoice_id: int):
    expires = request.args.get("e", type=int)
    signature = request.args.get("s", default="", type=str)
    if expires is None or not signature:
        abort(400)
    if not SignedInvoiceLink(invoice_id, expires, signature).is_valid():
        abort(403)
    pdf_path = Path(current_app.config["INVOICE_PDF_DIR"]) / f"INV-{invoice_id:06d}.pdf"
    if not pdf_path.is_file():
        abort(404)
    return send_file(pdf_path, mimetype="application/pdf", as_attachment=True,
                     download_name=f"invoice-{invoice_id:06d}.pdf")
