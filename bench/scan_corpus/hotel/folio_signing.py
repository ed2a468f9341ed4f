"""Signatures over issued guest folios for the fiscal archive.

Some tax authorities require every issued invoice to carry a signature over
its canonical JSON so the archive can later prove it was not edited. Each
property keeps its own signing key next to the archive export.
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PUBLIC_EXPONENT = 65537
SIGNING_KEY_BITS = 1024
KEY_FILE = "folio_signing_key.pem"


class FolioSigner:
    def __init__(self, key_dir: Path, passphrase_env: str = "FOLIO_KEY_PASSPHRASE"):
        self.key_path = Path(key_dir) / KEY_FILE
        self._passphrase = os.environ[passphrase_env].encode()
        self._key: rsa.RSAPrivateKey | None = None

    def _generate(self) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=SIGNING_KEY_BITS)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase),
        )
        fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        return key

    @property
    def key(self) -> rsa.RSAPrivateKey:
        if self._key is None:
            if self.key_path.exists():
                self._key = serialization.load_pem_private_key(
                    self.key_path.read_bytes(), password=self._passphrase
                )
            else:
                self._key = self._generate()
        return self._key

    @staticmethod
    def canonical(folio: dict) -> bytes:
        return json.dumps(folio, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    def sign(self, folio: dict) -> str:
        sig = self.key.sign(
            self.canonical(folio),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return base64.b64encode(sig).decode()
