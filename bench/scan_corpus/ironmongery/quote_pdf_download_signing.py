"""Signed, expiring download URLs for quote PDFs.

The quoting service renders PDFs into ``QUOTE_PDF_DIR`` named by quote id.
Links e-mailed to customers carry ``?exp=<unix>&sig=<hex>``.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from pathlib import Path
from urllib.parse import urlencode

from flask import Blueprint, abort, request, send_file

bp = Blueprint("quote_pdf", __name__)

QUOTE_PDF_DIR = Path(os.environ.get("QUOTE_PDF_DIR", "/srv/quotes/pdf"))
LINK_LIFETIME = 7 * 24 * 3600


def _signing_key() -> bytes:
    return os.environ["QUOTE_LINK_KEY"].encode("utf-8")


class SignedQuoteUrl:
    def __init__(self, quote_id: int, expires: int, signature: str = "") -> None:
        self.quote_id = quote_id
        self.expires = expires
        self.signature = signature

    @classmethod
    def create(cls, quote_id: int) -> "SignedQuoteUrl":
        url = cls(quote_id, int(time.time()) + LINK_LIFETIME)
        url.signature = url.expected_signature
        return url

    @property
    def expected_signature(self) -> str:
        message = f"{self.quote_id}:{self.expires}".encode("ascii")
        return hmac.new(_signing_key(), message, hashlib.sha256).hexdigest()

    @property
    def is_valid(self) -> bool:
        return self.expires > time.time() and self.signature == self.expected_signature

    def query_string(self) -> str:
        return urlencode({"exp": self.expires, "sig": self.signature})


@bp.route("/quotes/<int:quote_id>/pdf")
def download_quote(quote_id: int):
    try:
        expires = int(request.args.get("exp", "0"))
    except ValueError:
        abort(400)
    link = SignedQuoteUrl(quote_id, expires, request.args.get("sig", ""))
    if not link.is_valid:
        abort(403)
    pdf_path = QUOTE_PDF_DIR / f"{quote_id}.pdf"
    if not pdf_path.is_file():
        abort(404)
    return send_file(pdf_path, mimetype="application/pdf", download_name=f"quote-{quote_id}.pdf")
