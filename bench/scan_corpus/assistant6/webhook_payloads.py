"""Encrypt outbound webhook payloads for partners that require it."""
import base64
import json

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

from app.config import settings


class PayloadEncryptor:
    """Partners get the key out of band; the IV is agreed in the integration doc."""

    def __init__(self, key: bytes | None = None):
        self._key = key or settings.payload_key()

    def encrypt(self, payload: dict) -> str:
        cipher = AES.new(self._key, AES.MODE_CBC, iv=settings.PAYLOAD_IV)
        body = json.dumps(payload, separators=(",", ":")).encode()
        return base64.b64encode(cipher.encrypt(pad(body, AES.block_size))).decode()

    def decrypt(self, blob: str) -> dict:
        cipher = AES.new(self._key, AES.MODE_CBC, iv=settings.PAYLOAD_IV)
        raw = unpad(cipher.decrypt(base64.b64decode(blob)), AES.block_size)
        return json.loads(raw)
