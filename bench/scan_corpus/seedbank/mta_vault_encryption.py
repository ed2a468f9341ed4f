"""Encrypts signed material transfer agreements for long-term archive storage."""
import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_NONCE_LEN = 12
_ASSOCIATED = b"seedbank-mta-archive-v2"


class AgreementArchive:
    def __init__(self, key_b64: str | None = None):
        key = base64.b64decode(key_b64 or os.environ["MTA_ARCHIVE_KEY"])
        self._aead = AESGCM(key)

    def seal(self, document: bytes) -> bytes:
        nonce = os.urandom(_NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, document, _ASSOCIATED)

    def unseal(self, blob: bytes) -> bytes:
        nonce, ciphertext = blob[:_NONCE_LEN], blob[_NONCE_LEN:]
        return self._aead.decrypt(nonce, ciphertext, _ASSOCIATED)

    def archive_pdf(self, pdf_path: Path, out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / (pdf_path.stem + ".sealed")
        target.write_bytes(self.seal(pdf_path.read_bytes()))
        return target
