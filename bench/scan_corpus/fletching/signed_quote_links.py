"""Signed links for emailed arrow quotes.

Quotes are sent before the customer has an account, so the accept link
carries the quote id, an expiry and an HMAC over both.
"""
import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass
from urllib.parse import urlencode

QUOTE_LINK_TTL = 14 * 24 * 3600


@dataclass(frozen=True)
class QuoteLinkSigner:
    key: bytes
    base_url: str = "https://orders.greyfeather-arrows.co.uk/quotes/accept"

    @classmethod
    def from_env(cls) -> "QuoteLinkSigner":
        return cls(key=base64.b64decode(os.environ["QUOTE_LINK_KEY"]))

    def _mac(self, quote_id: int, expires: int) -> str:
        msg = f"quote:{quote_id}:{expires}".encode()
        return base64.urlsafe_b64encode(hmac.new(self.key, msg, hashlib.sha256).digest()).decode().rstrip("=")

    def link(self, quote_id: int, now: float | None = None) -> str:
        expires = int((now or time.time()) + QUOTE_LINK_TTL)
        query = urlencode({"q": quote_id, "e": expires, "s": self._mac(quote_id, expires)})
        return f"{self.base_url}?{query}"

    def check(self, quote_id: int, expires: int, sig: str, now: float | None = None) -> bool:
        if expires < (now or time.time()):
            return False
        return secrets.compare_digest(self._mac(quote_id, expires).encode(), sig.encode())


def accept_quote_from_request(signer: QuoteLinkSigner, args: dict, quotes) -> bool:
    try:
        quote_id, expires, sig = int(args["q"]), int(args["e"]), str(args["s"])
    except (KeyError, ValueError):
        return False
    if not signer.check(quote_id, expires, sig):
        return False
    quote = quotes.get(quote_id)
    if quote is None or quote.status != "sent":
        return False
    quotes.mark_accepted(quote_id)
    return True
