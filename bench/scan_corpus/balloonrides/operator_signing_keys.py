"""Key management for signing flight certificates handed to passengers after landing."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class CertificateKeySpec:
    key_size: int = 3072
    public_exponent: int = 65537
    passphrase_env: str = "CERT_KEY_PASSPHRASE"


class CertificateKeyStore:
    """Creates, loads and uses the RSA key that signs flight certificates."""

    def __init__(self, path: Path, spec: CertificateKeySpec = CertificateKeySpec()) -> None:
        self.path = path
        self.spec = spec
        self._cached: Optional[rsa.RSAPrivateKey] = None

    def _password(self) -> bytes:
        return os.environ[self.spec.passphrase_env].encode()

    @classmethod
    def rotate(cls, path: Path, spec: CertificateKeySpec = CertificateKeySpec()) -> "CertificateKeyStore":
        key = rsa.generate_private_key(public_exponent=spec.public_exponent, key_size=spec.key_size)
        store = cls(path, spec)
        path.write_bytes(key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(store._password()),
        ))
        os.chmod(path, 0o600)
        store._cached = key
        return store

    @property
    def private_key(self) -> rsa.RSAPrivateKey:
        if self._cached is None:
            self._cached = serialization.load_pem_private_key(
                self.path.read_bytes(), password=self._password()
            )
        return self._cached

    def sign(self, certificate_pdf: bytes) -> bytes:
        return self.private_key.sign(
            certificate_pdf,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
