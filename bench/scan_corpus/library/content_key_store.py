"""Persisted per-title content keys for the DRM licence server.

Content keys are wrapped with the AES key-wrap algorithm (RFC 3394) under
a key-encryption key fetched from the secrets manager at start-up.
"""
import base64
import os

from cryptography.hazmat.primitives.keywrap import (
    InvalidUnwrap,
    aes_key_unwrap,
    aes_key_wrap,
)

CONTENT_KEY_BYTES = 16


class ContentKeyStore:
    def __init__(self, repo, kek: bytes):
        if len(kek) not in (16, 24, 32):
            raise ValueError("KEK must be an AES key")
        self._repo = repo
        self._kek = kek

    def create_for_title(self, title_id: str) -> bytes:
        content_key = os.urandom(CONTENT_KEY_BYTES)
        wrapped = aes_key_wrap(self._kek, content_key)
        self._repo.save_wrapped_key(title_id, base64.b64encode(wrapped).decode("ascii"))
        return content_key

    def content_key(self, title_id: str) -> bytes:
        stored = self._repo.load_wrapped_key(title_id)
        if stored is None:
            raise KeyError(title_id)
        try:
            return aes_key_unwrap(self._kek, base64.b64decode(stored))
        except InvalidUnwrap as exc:
            raise RuntimeError(f"content key for {title_id} failed integrity check") from exc
