"""Encrypted lookup keys for the CAD drawing vault.

Drawing numbers (e.g. ``H1123-B07-STR-0042``) are commercially sensitive
before contract signature, so the vault index stores them encrypted. The
index needs exact-match lookups, so the same drawing number must always
encrypt to the same token.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["DRAWING_INDEX_KEY"])
    if len(key) not in (16, 24, 32):
        raise RuntimeError("DRAWING_INDEX_KEY must decode to 16, 24 or 32 bytes")
    return key


class DrawingIndexCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def token_for(self, drawing_no: str) -> str:
        normalised = drawing_no.strip().upper().encode("utf-8")
        ct = self._cipher().encrypt(pad(normalised, _AES.block_size))
        return base64.urlsafe_b64encode(ct).decode("ascii")

    def drawing_for(self, token: str) -> str:
        ct = base64.urlsafe_b64decode(token.encode("ascii"))
        return unpad(self._cipher().decrypt(ct), _AES.block_size).decode("utf-8")


def reindex(rows, cipher: DrawingIndexCipher | None = None):
    """Yield (row_id, token) pairs for a batch of vault rows."""
    cipher = cipher or DrawingIndexCipher()
    for row in rows:
        yield row["id"], cipher.token_for(row["drawing_no"])
