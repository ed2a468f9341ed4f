"""Content keys for audiobook and ebook editions.

Keys are wrapped with AES key wrap (RFC 3394) under a KMS-held master key
before they are written to the edition_keys table.
"""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

from packaging_service.db import edition_keys
from packaging_service.kms import fetch_master_key

CONTENT_KEY_BYTES = 32


class KeyIntegrityError(RuntimeError):
    pass


@dataclass
class EditionKeyStore:
    master_key_id: str

    def __post_init__(self) -> None:
        self._kek = fetch_master_key(self.master_key_id)

    def create(self, edition_id: str) -> bytes:
        key = os.urandom(CONTENT_KEY_BYTES)
        edition_keys.upsert(edition_id=edition_id, wrapped=aes_key_wrap(self._kek, key))
        return key

    def load(self, edition_id: str) -> bytes:
        row = edition_keys.get(edition_id=edition_id)
        if row is None:
            raise KeyError(edition_id)
        try:
            return aes_key_unwrap(self._kek, row.wrapped)
        except InvalidUnwrap as exc:
            raise KeyIntegrityError(f"wrapped key for {edition_id} failed integrity check") from exc
