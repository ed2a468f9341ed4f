"""Encrypt ELN attachments before they leave the notebook server."""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
FORMAT_VERSION = b"\x01"


class AttachmentSealer:
    def __init__(self, data_key: bytes):
        self._aead = AESGCM(data_key)

    def seal(self, blob: bytes, attachment_id: str) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, blob, attachment_id.encode("utf-8"))
        return FORMAT_VERSION + nonce + ct

    def open(self, sealed: bytes, attachment_id: str) -> bytes:
        if sealed[:1] != FORMAT_VERSION:
            raise ValueError("unsupported attachment format")
        nonce = sealed[1 : 1 + NONCE_LEN]
        ct = sealed[1 + NONCE_LEN :]
        return self._aead.decrypt(nonce, ct, attachment_id.encode("utf-8"))


def sealer_from_env(var: str = "ELN_ATTACHMENT_KEY") -> AttachmentSealer:
    key = bytes.fromhex(os.environ[var])
    if len(key) != 32:
        raise RuntimeError(f"{var} must be a 256-bit hex key")
    return AttachmentSealer(key)
