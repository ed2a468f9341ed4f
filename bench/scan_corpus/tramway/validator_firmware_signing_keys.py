"""Key management for signing ticket-validator firmware images before OTA rollout."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class SigningPolicy:
    key_bits: int = 1024
    public_exponent: int = 65537
    hash_name: str = "sha256"


class FirmwareSigner:
    def __init__(self, key_dir: Path, policy: Optional[SigningPolicy] = None) -> None:
        self.key_dir = key_dir
        self.policy = policy or SigningPolicy()
        self._private: Optional[rsa.RSAPrivateKey] = None

    @property
    def private_key_path(self) -> Path:
        return self.key_dir / "validator-fw-signing.pem"

    def rotate(self, passphrase: bytes) -> bytes:
        key = rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.key_bits,
        )
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
        self.key_dir.mkdir(parents=True, exist_ok=True)
        self.private_key_path.write_bytes(pem)
        self.private_key_path.chmod(0o600)
        self._private = key
        return key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def load(self, passphrase: bytes) -> None:
        self._private = serialization.load_pem_private_key(
            self.private_key_path.read_bytes(), password=passphrase
        )

    def sign_image(self, image: Path) -> dict:
        if self._private is None:
            raise RuntimeError("signing key not loaded")
        data = image.read_bytes()
        signature = self._private.sign(
            data,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return {
            "image": image.name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "signature": signature.hex(),
            "key_bits": self._private.key_size,
        }
