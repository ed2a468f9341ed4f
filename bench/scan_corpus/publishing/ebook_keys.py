"""Per-title content keys for the ebook packaging pipeline.

Each title gets a random 256-bit content key. The key is stored wrapped
under the master key fetched from KMS so the database never holds it in
the clear.
"""
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

from packaging_service.db import title_keys
from packaging_service.kms import fetch_master_key


class ContentKeyStore:
    key_size = 32

    def __init__(self, master_key_id: str):
        self._master = fetch_master_key(master_key_id)

    def _cipher(self):
        return _AES.new(self._master, _AES.MODE_ECB)

    def create(self, isbn: str) -> bytes:
        content_key = os.urandom(self.key_size)
        wrapped = self._cipher().encrypt(pad(content_key, _AES.block_size))
        title_keys.upsert(isbn=isbn, wrapped_key=wrapped)
        return content_key

    def load(self, isbn: str) -> bytes:
        row = title_keys.get(isbn=isbn)
        if row is None:
            raise KeyError(isbn)
        return unpad(self._cipher().decrypt(row.wrapped_key), _AES.block_size)

    def rotate(self, isbn: str) -> bytes:
        title_keys.delete(isbn=isbn)
        return self.create(isbn)
