"""Sealed voucher payloads for free-game and drink vouchers.

Vouchers are emailed as QR codes after a party booking; the bar POS and
the lane kiosk open them to check what they are worth.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class VoucherSealer:
    key_env = "VOUCHER_SEAL_KEY"
    nonce_size = 12
    aad = b"voucher-v1"

    def __init__(self, key: bytes | None = None):
        self._aead = ChaCha20Poly1305(key or base64.urlsafe_b64decode(os.environ[self.key_env]))

    def seal(self, voucher: dict) -> str:
        nonce = os.urandom(self.nonce_size)
        body = self._aead.encrypt(nonce, json.dumps(voucher, sort_keys=True).encode(), self.aad)
        return base64.urlsafe_b64encode(nonce + body).decode().rstrip("=")

    def open(self, token: str) -> dict:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        nonce, body = raw[: self.nonce_size], raw[self.nonce_size :]
        return json.loads(self._aead.decrypt(nonce, body, self.aad))
