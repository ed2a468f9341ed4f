"""Field-level encryption for trainer notes on members (injuries, medical flags).

Notes are encrypted before they hit the ``pt_session_notes`` table; the
data key is unwrapped from KMS when the service starts.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
VERSION = b"\x01"


class NoteCipher:
    def __init__(self, data_key: bytes):
        self._aead = AESGCM(data_key)

    @classmethod
    def from_env(cls) -> "NoteCipher":
        return cls(base64.b64decode(os.environ["PT_NOTES_DATA_KEY"]))

    @staticmethod
    def _aad(member_id: int, trainer_id: int) -> bytes:
        return f"pt-note:{member_id}:{trainer_id}".encode()

    def encrypt(self, text: str, member_id: int, trainer_id: int) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, text.encode("utf-8"), self._aad(member_id, trainer_id))
        return base64.b64encode(VERSION + nonce + ct).decode("ascii")

    def decrypt(self, blob: str, member_id: int, trainer_id: int) -> str:
        raw = base64.b64decode(blob)
        if raw[:1] != VERSION:
            raise ValueError("unknown note format")
        nonce, ct = raw[1:1 + NONCE_BYTES], raw[1 + NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, self._aad(member_id, trainer_id)).decode("utf-8")
