"""Signed, expiring download links for invoice PDFs.

Invoice e-mails contain a link that works without a portal login for seven
days.  The link carries the invoice id, an expiry timestamp and an HMAC.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass(frozen=True)
class SignedLink:
    invoice_id: int
    expires: int
    signature: str


class InvoiceLinkSigner:
    def __init__(self, key: bytes, base_url: str, lifetime_seconds: int = 7 * 24 * 3600) -> None:
        if len(key) < 32:
            raise ValueError("signing key must be at least 32 bytes")
        self._key = key
        self._base_url = base_url.rstrip("/")
        self._lifetime = lifetime_seconds

    def _mac(self, invoice_id: int, expires: int) -> str:
        msg = f"invoice:{invoice_id}:{expires}".encode("ascii")
        raw = hmac.new(self._key, msg, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")

    def sign(self, invoice_id: int, now: float | None = None) -> SignedLink:
        expires = int((now or time.time()) + self._lifetime)
        return SignedLink(invoice_id, expires, self._mac(invoice_id, expires))

    def url_for(self, invoice_id: int) -> str:
        link = self.sign(invoice_id)
        query = urlencode({"exp": link.expires, "sig": link.signature})
        return f"{self._base_url}/invoices/{link.invoice_id}/pdf?{query}"

    def verify(self, invoice_id: int, expires: str, signature: str, now: float | None = None) -> bool:
        try:
            exp = int(expires)
        except (TypeError, ValueError):
            return False
        if exp < (now or time.time()):
            return False
        return hmac.compare_digest(self._mac(invoice_id, exp), signature)

