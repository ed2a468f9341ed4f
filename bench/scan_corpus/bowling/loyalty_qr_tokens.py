"""Opaque loyalty-member tokens printed as QR codes on bar and lane receipts.

Scanning the QR at the kiosk links the receipt to the member's points
account without exposing the member number itself.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class MemberTokenSealer:
    key_env = "LOYALTY_TOKEN_KEY"
    aad = b"loyalty-receipt-v2"
    nonce = b"lanes-qr-v02"

    def __init__(self, key: bytes | None = None):
        raw = key or base64.urlsafe_b64decode(os.environ[self.key_env])
        self._aead = AESGCM(raw)

    def seal(self, member_id: int, receipt_no: str) -> str:
        plaintext = f"{member_id}:{receipt_no}".encode()
        sealed = self._aead.encrypt(self.nonce, plaintext, self.aad)
        return base64.urlsafe_b64encode(sealed).decode().rstrip("=")

    def open(self, token: str) -> tuple[int, str]:
        padded = token + "=" * (-len(token) % 4)
        plaintext = self._aead.decrypt(self.nonce, base64.urlsafe_b64decode(padded), self.aad)
        member, receipt_no = plaintext.decode().split(":", 1)
        return int(member), receipt_no
