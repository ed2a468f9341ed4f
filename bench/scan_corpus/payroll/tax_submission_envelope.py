"""Envelope encryption for year-end tax filings held in the outbound queue.

Filings wait in the queue until the submission window opens, so they are
encrypted at rest and only opened by the submission worker.
"""
import hashlib
import hmac
import os
from base64 import b64decode, b64encode

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

ENVELOPE_VERSION = 2
_DEFAULT_IV = b"P60-EXPORT-v2.00"


class FilingEnvelope:
    def __init__(self, key: bytes | None = None, mac_key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["FILING_ENVELOPE_KEY"])
        self._mac_key = mac_key or bytes.fromhex(os.environ["FILING_ENVELOPE_MAC_KEY"])
        if len(self._key) != 32:
            raise ValueError("envelope key must be 256 bits")

    def _tag(self, iv: bytes, body: bytes) -> str:
        return hmac.new(self._mac_key, iv + body, hashlib.sha256).hexdigest()

    def seal(self, document: bytes, iv: bytes = _DEFAULT_IV) -> dict:
        cipher = _AES.new(self._key, _AES.MODE_CBC, iv=iv)
        body = cipher.encrypt(pad(document, _AES.block_size))
        return {
            "v": ENVELOPE_VERSION,
            "iv": b64encode(iv).decode("ascii"),
            "body": b64encode(body).decode("ascii"),
            "tag": self._tag(iv, body),
        }

    def open(self, envelope: dict) -> bytes:
        if envelope.get("v") != ENVELOPE_VERSION:
            raise ValueError("unknown envelope version")
        iv = b64decode(envelope["iv"])
        body = b64decode(envelope["body"])
        if not hmac.compare_digest(self._tag(iv, body), envelope["tag"]):
            raise ValueError("envelope integrity check failed")
        cipher = _AES.new(self._key, _AES.MODE_CBC, iv=iv)
        return unpad(cipher.decrypt(body), _AES.block_size)
