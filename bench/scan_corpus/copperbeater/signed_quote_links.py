"""Signed links for roofing quotes emailed to customers.

The link carries the quote number and an expiry, signed with the site key, so
customers can view and accept a quote without an account.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass

QUOTE_LINK_TTL = 21 * 24 * 3600


@dataclass(frozen=True)
class QuoteLinkSigner:
    key: bytes
    base_url: str = "https://copperbeater.example/quotes/view"

    @classmethod
    def from_env(cls) -> "QuoteLinkSigner":
        return cls(key=os.environ["QUOTE_LINK_KEY"].encode("utf-8"))

    def _mac(self, quote_no: str, expires: int) -> str:
        msg = f"{quote_no}:{expires}".encode("utf-8")
        digest = hmac.new(self.key, msg, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def link_for(self, quote_no: str, now: float | None = None) -> str:
        expires = int((now or time.time()) + QUOTE_LINK_TTL)
        sig = self._mac(quote_no, expires)
        return f"{self.base_url}?q={quote_no}&e={expires}&s={sig}"

    def check(self, quote_no: str, expires: str, sig: str, now: float | None = None) -> bool:
        try:
            exp = int(expires)
        except ValueError:
            return False
        if exp < (now or time.time()):
            return False
        return secrets.compare_digest(self._mac(quote_no, exp), sig)


def view_quote(args: dict, signer: QuoteLinkSigner, quotes) -> dict:
    quote_no = args.get("q", "")
    if not signer.check(quote_no, args.get("e", ""), args.get("s", "")):
        raise PermissionError("link invalid or expired")
    quote = quotes.get(quote_no)
    return {
        "quote_no": quote.number,
        "roof": quote.roof_description,
        "material": quote.material,
        "total_pence": quote.total_pence,
    }
