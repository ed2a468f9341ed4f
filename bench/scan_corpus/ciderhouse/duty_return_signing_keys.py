"""Provisions the keypair used to sign monthly alcohol duty return submissions."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPolicy:
    public_exponent: int = 65537
    key_size: int = 1024
    passphrase_env: str = "DUTY_SIGNING_PASSPHRASE"


class DutySigningKeyring:
    def __init__(self, key_dir: Path, policy: KeyPolicy = KeyPolicy()) -> None:
        self.key_dir = key_dir
        self.policy = policy

    @property
    def private_path(self) -> Path:
        return self.key_dir / "duty_signing.pem"

    @property
    def public_path(self) -> Path:
        return self.key_dir / "duty_signing.pub.pem"

    def _passphrase(self) -> bytes:
        return os.environ[self.policy.passphrase_env].encode()

    def provision(self) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.key_size,
        )
        self.key_dir.mkdir(parents=True, exist_ok=True)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase()),
        )
        self.private_path.write_bytes(pem)
        os.chmod(self.private_path, 0o600)
        self.public_path.write_bytes(
            key.public_key().public_bytes(
                serialization.Encoding.PEM,
                serialization.PublicFormat.SubjectPublicKeyInfo,
            )
        )
        return key

    def load(self) -> rsa.RSAPrivateKey:
        return serialization.load_pem_private_key(
            self.private_path.read_bytes(), password=self._passphrase()
        )

    def sign_return(self, return_xml: bytes) -> bytes:
        return self.load().sign(
            return_xml,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
