"""Protection of card tokens on contactless tap records.

Tap events from the validators carry the acquirer's PAN token. We store it
encrypted with AES-GCM for the disputes team, plus a keyed lookup hash so
the capping engine can group a card's taps without decrypting anything.
"""
import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
AAD = b"tap-ledger/v2"


def _key(name: str) -> bytes:
    key = base64.b64decode(os.environ[name])
    if len(key) != 32:
        raise ValueError(f"{name} must decode to 32 bytes")
    return key


class TapTokenProtector:
    def __init__(self, enc_key: bytes | None = None, lookup_key: bytes | None = None):
        self._aead = AESGCM(enc_key or _key("TAP_LEDGER_ENC_KEY"))
        self._lookup_key = lookup_key or _key("TAP_LEDGER_LOOKUP_KEY")

    def lookup_hash(self, token: str) -> str:
        return hmac.new(self._lookup_key, token.encode("ascii"), hashlib.sha256).hexdigest()

    def encrypt(self, token: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, token.encode("ascii"), AAD)
        return base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, blob: str) -> str:
        raw = base64.urlsafe_b64decode(blob)
        nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, sealed, AAD).decode("ascii")

    def protect_event(self, event: dict) -> dict:
        row = dict(event)
        token = row.pop("pan_token")
        row["card_lookup"] = self.lookup_hash(token)
        row["card_token_enc"] = self.encrypt(token)
        return row
