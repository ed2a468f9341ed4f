"""QR payloads for mobile day tickets.

The app shows a QR code with the sealed ticket; the handheld scanners at
the lift entrances decrypt it with the same key.
"""
import base64
import json
import os
import time

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305 as _Cipher

_KEY_ENV = "MOBILE_TICKET_KEY"
_NONCE_SIZE = 12
_PREFIX = b"RT1"


def _load_key() -> bytes:
    return base64.urlsafe_b64decode(os.environ[_KEY_ENV])


class QrSealer:
    def __init__(self, key: bytes | None = None):
        self._cipher = _Cipher(key or _load_key())

    def seal(self, ticket_id: str, product: str, valid_day: str) -> str:
        claims = {"t": ticket_id, "p": product, "d": valid_day, "iat": int(time.time())}
        nonce = os.urandom(_NONCE_SIZE)
        sealed = self._cipher.encrypt(nonce, json.dumps(claims).encode(), _PREFIX)
        return base64.urlsafe_b64encode(_PREFIX + nonce + sealed).decode("ascii")

    def open(self, code: str) -> dict:
        raw = base64.urlsafe_b64decode(code.encode("ascii"))
        if not raw.startswith(_PREFIX):
            raise ValueError("unknown QR format")
        nonce = raw[len(_PREFIX):len(_PREFIX) + _NONCE_SIZE]
        sealed = raw[len(_PREFIX) + _NONCE_SIZE:]
        return json.loads(self._cipher.decrypt(nonce, sealed, _PREFIX))
