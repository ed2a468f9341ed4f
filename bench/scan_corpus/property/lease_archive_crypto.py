"""Envelope encryption for executed lease documents kept in cold storage."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
ARCHIVE_CONFIG = {
    "key_env": "LEASE_ARCHIVE_KEY",
    "format_version": b"\x01",
}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[ARCHIVE_CONFIG["key_env"]])
    if len(key) not in (16, 24, 32):
        raise RuntimeError("lease archive key has an invalid length")
    return key


class LeaseArchiveCipher:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or _load_key())

    def seal(self, lease_id: int, document: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        aad = f"lease:{lease_id}".encode()
        return ARCHIVE_CONFIG["format_version"] + nonce + self._aead.encrypt(nonce, document, aad)

    def open(self, lease_id: int, blob: bytes) -> bytes:
        version, body = blob[:1], blob[1:]
        if version != ARCHIVE_CONFIG["format_version"]:
            raise ValueError("unsupported archive format")
        nonce, ciphertext = body[:NONCE_SIZE], body[NONCE_SIZE:]
        return self._aead.decrypt(nonce, ciphertext, f"lease:{lease_id}".encode())


def seal_file(path: str, lease_id: int) -> str:
    with open(path, "rb") as fh:
        sealed = LeaseArchiveCipher().seal(lease_id, fh.read())
    out = f"{path}.sealed"
    with open(out, "wb") as fh:
        fh.write(sealed)
    return out
