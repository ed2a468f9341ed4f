"""Encrypt passenger travel-document details at rest.

Passport and ID card numbers captured during online check-in are kept only
until the sailing has arrived. They are encrypted with AES-256-GCM; the
booking reference is bound in as associated data so a ciphertext cannot be
moved to another booking.
"""
import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
VERSION = b"\x01"


class DocumentVault:
    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["PASSENGER_DOC_KEY"])
        if len(key) != 32:
            raise ValueError("document key must be 256 bits")
        self._aead = AESGCM(key)

    def seal(self, booking_ref: str, document_number: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, document_number.encode("utf-8"), booking_ref.encode("ascii"))
        return base64.urlsafe_b64encode(VERSION + nonce + ct).decode("ascii")

    def open(self, booking_ref: str, token: str) -> str:
        blob = base64.urlsafe_b64decode(token.encode("ascii"))
        if blob[:1] != VERSION:
            raise ValueError("unsupported document envelope version")
        nonce, ct = blob[1:1 + NONCE_BYTES], blob[1 + NONCE_BYTES:]
        try:
            return self._aead.decrypt(nonce, ct, booking_ref.encode("ascii")).decode("utf-8")
        except InvalidTag as exc:
            raise ValueError("document envelope failed authentication") from exc
