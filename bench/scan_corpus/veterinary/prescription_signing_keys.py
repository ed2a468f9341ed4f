"""Signing keys for e-prescriptions handed to outside pharmacies."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class SigningKeySettings:
    key_dir: Path
    key_size: int = 3072
    public_exponent: int = 65537
    passphrase_env: str = "RX_SIGNING_KEY_PASSPHRASE"


class PrescriptionKeyManager:
    def __init__(self, settings: SigningKeySettings):
        self.settings = settings

    @property
    def _passphrase(self) -> bytes:
        return os.environ[self.settings.passphrase_env].encode()

    def rotate(self, key_id: str) -> Path:
        key = rsa.generate_private_key(
            public_exponent=self.settings.public_exponent,
            key_size=self.settings.key_size,
        )
        target = self.settings.key_dir / f"rx-{key_id}.pem"
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase),
        )
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        return target

    def sign(self, key_id: str, prescription: bytes) -> bytes:
        path = self.settings.key_dir / f"rx-{key_id}.pem"
        key = serialization.load_pem_private_key(path.read_bytes(), password=self._passphrase)
        return key.sign(
            prescription,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
