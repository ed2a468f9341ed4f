"""Encrypt settlement statements before they are pushed to the counterparty SFTP drop."""

import base64
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class SettlementCipher:
    _IV = b"NFG-SETTLEMENT01"

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["SETTLEMENT_AES_KEY"])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("settlement key must be 128, 192 or 256 bits")

    def _new_cipher(self):
        return _AES.new(self._key, _AES.MODE_CBC, iv=self._IV)

    def encrypt(self, data: bytes) -> bytes:
        return self._new_cipher().encrypt(pad(data, _AES.block_size))

    def decrypt(self, blob: bytes) -> bytes:
        return unpad(self._new_cipher().decrypt(blob), _AES.block_size)


def encrypt_statement(src: Path, dest_dir: Path) -> Path:
    out = dest_dir / (src.name + ".enc")
    out.write_bytes(SettlementCipher().encrypt(src.read_bytes()))
    return out
