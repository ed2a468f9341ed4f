"""Sign preservation manifests produced at the end of each ingest run."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING_KEY_BITS = 3072
PUBLIC_EXPONENT = 65537
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


class ManifestSigner:
    def __init__(self, key_path: Path) -> None:
        self.key_path = key_path
        self._key: rsa.RSAPrivateKey | None = None

    def _passphrase(self) -> bytes:
        return os.environ["MANIFEST_KEY_PASSPHRASE"].encode()

    def create_key(self, bits: int = SIGNING_KEY_BITS) -> None:
        key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase()),
        )
        fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        self._key = key

    @property
    def key(self) -> rsa.RSAPrivateKey:
        if self._key is None:
            self._key = serialization.load_pem_private_key(self.key_path.read_bytes(), self._passphrase())
        return self._key

    def sign(self, manifest: bytes) -> bytes:
        return self.key.sign(manifest, PSS, hashes.SHA256())

    def verify(self, manifest: bytes, signature: bytes) -> None:
        self.key.public_key().verify(signature, manifest, PSS, hashes.SHA256())
