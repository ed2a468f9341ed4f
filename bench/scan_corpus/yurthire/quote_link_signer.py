"""Signed download links for quote PDFs, with support for rotating signing keys."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


@dataclass
class QuoteLinkSigner:
    """Signs ``quote_id`` + ``expires`` with the current key; accepts any active key."""

    current_key: bytes
    previous_keys: list[bytes] = field(default_factory=list)
    ttl_seconds: int = 7 * 24 * 3600

    def _sign(self, key: bytes, quote_id: int, expires: int) -> str:
        message = f"{quote_id}:{expires}".encode("ascii")
        return _b64(hmac.new(key, message, hashlib.sha256).digest())

    def _candidates(self, quote_id: int, expires: int) -> list[str]:
        keys = [self.current_key, *self.previous_keys]
        return [self._sign(k, quote_id, expires) for k in keys]

    def build_query(self, quote_id: int, now: float | None = None) -> str:
        expires = int((now or time.time()) + self.ttl_seconds)
        sig = self._sign(self.current_key, quote_id, expires)
        return urlencode({"quote": quote_id, "expires": expires, "sig": sig})

    def verify(self, quote_id: int, expires: int, signature: str, now: float | None = None) -> bool:
        if expires < int(now or time.time()):
            return False
        return signature in self._candidates(quote_id, expires)


def make_signer(settings) -> QuoteLinkSigner:
    return QuoteLinkSigner(
        current_key=settings.QUOTE_LINK_KEY.encode(),
        previous_keys=[k.encode() for k in settings.QUOTE_LINK_OLD_KEYS],
    )


def quote_pdf_view(request, storage, settings):
    """Django-style view body: ``/quotes/pdf?quote=..&expires=..&sig=..``."""
    from django.http import FileResponse, HttpResponseForbidden

    try:
        quote_id = int(request.GET["quote"])
        expires = int(request.GET["expires"])
        signature = request.GET["sig"]
    except (KeyError, ValueError):
        return HttpResponseForbidden("invalid link")
    if not make_signer(settings).verify(quote_id, expires, signature):
        return HttpResponseForbidden("link expired or invalid")
    return FileResponse(storage.open_quote_pdf(quote_id), content_type="application/pdf")
