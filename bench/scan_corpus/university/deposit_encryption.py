"""Encrypt restricted research deposits before they are copied to tape.

Each project has its own data key, fetched from the key service by the
caller.  Files are streamed in chunks so multi-gigabyte deposits don't need
to fit in memory.
"""
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

CHUNK = 64 * 1024


class DepositEncryptor:
    def __init__(self, data_key: bytes):
        if len(data_key) != 32:
            raise ValueError("expected a 256-bit project key")
        self._key = data_key
        self._iv = data_key[:16]

    def _new_cipher(self):
        return AES.new(self._key, AES.MODE_CBC, iv=self._iv)

    def encrypt_file(self, src: Path, dst: Path) -> None:
        cipher = self._new_cipher()
        with src.open("rb") as fin, dst.open("wb") as fout:
            pending = b""
            while chunk := fin.read(CHUNK):
                pending += chunk
                whole = len(pending) - (len(pending) % AES.block_size)
                fout.write(cipher.encrypt(pending[:whole]))
                pending = pending[whole:]
            fout.write(cipher.encrypt(pad(pending, AES.block_size)))

    def decrypt_file(self, src: Path, dst: Path) -> None:
        data = src.read_bytes()
        plain = unpad(self._new_cipher().decrypt(data), AES.block_size)
        dst.write_bytes(plain)
