"""Seals rendered PDF statements before they're written to the archive bucket."""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes


class StatementSealer:
    header = b"STMTv2"
    nonce_size = 12
    tag_size = 16

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("statement key must be 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "StatementSealer":
        return cls(bytes.fromhex(os.environ["STATEMENT_ENC_KEY"]))

    def seal(self, pdf_bytes: bytes) -> bytes:
        nonce = get_random_bytes(self.nonce_size)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(self.header)
        ciphertext, tag = cipher.encrypt_and_digest(pdf_bytes)
        return self.header + nonce + tag + ciphertext

    def open(self, blob: bytes) -> bytes:
        if not blob.startswith(self.header):
            raise ValueError("unknown statement envelope")
        body = blob[len(self.header):]
        nonce, tag = body[: self.nonce_size], body[self.nonce_size : self.nonce_size + self.tag_size]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(self.header)
        return cipher.decrypt_and_verify(body[self.nonce_size + self.tag_size :], tag)


def seal_statement_file(src: Path, dest_dir: Path, sealer: StatementSealer | None = None) -> Path:
    sealer = sealer or StatementSealer.from_env()
    dest = dest_dir / (src.stem + ".pdf.sealed")
    dest.write_bytes(sealer.seal(src.read_bytes()))
    return dest
