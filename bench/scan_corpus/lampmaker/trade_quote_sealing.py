"""Seal trade quotes so the price can be reopened only by the quote service.

Quotes for interior designers include negotiated trade prices; the
sealed blob is embedded in the quote link sent by email.
"""
import base64
import json
import os
from datetime import datetime, timedelta, timezone

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
QUOTE_VALIDITY = timedelta(days=30)


class QuoteExpired(Exception):
    pass


def _key() -> bytes:
    return base64.b64decode(os.environ["QUOTE_SEAL_KEY"])


def seal_quote(quote_id: int, lines: list, total_pence: int) -> str:
    expires = datetime.now(timezone.utc) + QUOTE_VALIDITY
    payload = json.dumps(
        {"id": quote_id, "lines": lines, "total": total_pence, "exp": expires.isoformat()}
    ).encode()
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_key()).encrypt(nonce, payload, b"trade-quote")
    return base64.urlsafe_b64encode(nonce + sealed).decode().rstrip("=")


def open_quote(token: str) -> dict:
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
    quote = json.loads(AESGCM(_key()).decrypt(nonce, sealed, b"trade-quote"))
    if datetime.fromisoformat(quote["exp"]) < datetime.now(timezone.utc):
        raise QuoteExpired(quote["id"])
    return quote


if __name__ == "__main__":
    token = seal_quote(1042, [{"sku": "PND-BRASS-01", "qty": 6, "unit": 8400}], 50400)
    print(len(token), open_quote(token)["total"])
