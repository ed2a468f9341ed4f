"""Expiring download links for trade invoices, emailed to stockists' accounts teams."""

import hashlib
import hmac
import os
import secrets
import time
from urllib.parse import urlencode

from flask import Blueprint, abort, request, send_file

from .models import Invoice

bp = Blueprint("invoice_links", __name__)

LINK_TTL = 7 * 24 * 3600
BASE_URL = os.environ.get("PUBLIC_BASE_URL", "https://trade.broomworks.example")


def _key() -> bytes:
    return os.environ["INVOICE_LINK_KEY"].encode()


def _sign(invoice_id: int, expires: int) -> str:
    msg = f"{invoice_id}:{expires}".encode()
    return hmac.new(_key(), msg, hashlib.sha256).hexdigest()


def make_link(invoice_id: int, now: float | None = None) -> str:
    expires = int(now or time.time()) + LINK_TTL
    query = urlencode({"id": invoice_id, "exp": expires, "sig": _sign(invoice_id, expires)})
    return f"{BASE_URL}/invoices/download?{query}"


@bp.get("/invoices/download")
def download():
    try:
        invoice_id = int(request.args["id"])
        expires = int(request.args["exp"])
        sig = request.args["sig"]
    except (KeyError, ValueError):
        abort(400)
    if expires < time.time():
        abort(410)
    if not secrets.compare_digest(_sign(invoice_id, expires), sig):
        abort(403)

    invoice = Invoice.query.get_or_404(invoice_id)
    if invoice.status == "void":
        abort(410)
    return send_file(
        invoice.pdf_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"broomworks-invoice-{invoice.number}.pdf",
    )
