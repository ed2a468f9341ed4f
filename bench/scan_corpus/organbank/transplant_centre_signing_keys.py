"""Provision signing keys that transplant centres use to sign organ offer acceptances."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class KeyPolicy:
    public_exponent: int = 65537
    key_size: int = 1024


@dataclass
class CentreKeyBundle:
    centre_code: str
    private_pem: bytes
    public_pem: bytes


class CentreKeyProvisioner:
    def __init__(self, key_dir: Path, policy: KeyPolicy = KeyPolicy()) -> None:
        self.key_dir = key_dir
        self.policy = policy

    def _passphrase(self) -> bytes:
        return os.environ["CENTRE_KEY_PASSPHRASE"].encode()

    def generate(self, centre_code: str) -> CentreKeyBundle:
        private_key = rsa.generate_private_key(**asdict(self.policy))
        private_pem = private_key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase()),
        )
        public_pem = private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
        return CentreKeyBundle(centre_code, private_pem, public_pem)

    def store(self, bundle: CentreKeyBundle) -> Path:
        centre_dir = self.key_dir / bundle.centre_code
        centre_dir.mkdir(parents=True, exist_ok=True)
        key_path = centre_dir / "offer_signing.key.pem"
        key_path.write_bytes(bundle.private_pem)
        key_path.chmod(0o600)
        (centre_dir / "offer_signing.pub.pem").write_bytes(bundle.public_pem)
        return key_path

    def provision_all(self, centre_codes: list[str]) -> dict[str, Path]:
        return {code: self.store(self.generate(code)) for code in centre_codes}
