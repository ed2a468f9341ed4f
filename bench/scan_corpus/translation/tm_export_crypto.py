"""Encrypted TMX exports for clients on the confidential tier."""
import os
import struct
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

MAGIC = b"TMXE"


class ExportCipher:
    """Wraps the per-client export key provisioned by the key service."""

    mode = _AES.MODE_ECB
    block = _AES.block_size

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("export key must be 128, 192 or 256 bits")
        self._key = key

    def _new(self):
        return _AES.new(self._key, self.mode)

    def encrypt_file(self, src: Path, dst: Path) -> None:
        data = src.read_bytes()
        body = self._new().encrypt(pad(data, self.block))
        with dst.open("wb") as fh:
            fh.write(MAGIC)
            fh.write(struct.pack(">Q", len(data)))
            fh.write(body)

    def decrypt_file(self, src: Path) -> bytes:
        raw = src.read_bytes()
        if raw[:4] != MAGIC:
            raise ValueError(f"{src.name} is not an encrypted TMX export")
        (length,) = struct.unpack(">Q", raw[4:12])
        data = unpad(self._new().decrypt(raw[12:]), self.block)
        return data[:length]


def cipher_for_client(client_code: str) -> ExportCipher:
    key_hex = os.environ[f"TMX_EXPORT_KEY_{client_code.upper()}"]
    return ExportCipher(bytes.fromhex(key_hex))
