"""Key management for signing processing-plant batch certificates.

Each processing line (drying, milling, alginate extraction) signs the
batch certificate it issues so buyers can check the origin of a batch.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class KeyPolicy:
    public_exponent: int = 65537
    key_size: int = 1024
    passphrase_env: str = "PLANT_KEY_PASSPHRASE"


@dataclass
class LineKeyring:
    line_code: str
    key_dir: Path
    policy: KeyPolicy = field(default_factory=KeyPolicy)

    @property
    def private_path(self) -> Path:
        return self.key_dir / f"{self.line_code}.pem"

    def generate(self, passphrase: bytes) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.key_size,
        )
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
        self.key_dir.mkdir(parents=True, exist_ok=True)
        self.private_path.write_bytes(pem)
        return key

    def load(self, passphrase: bytes) -> rsa.RSAPrivateKey:
        return serialization.load_pem_private_key(self.private_path.read_bytes(), password=passphrase)


class BatchCertificateSigner:
    def __init__(self, keyring: LineKeyring, passphrase: bytes) -> None:
        self._key = keyring.load(passphrase) if keyring.private_path.exists() else keyring.generate(passphrase)

    def sign(self, certificate_body: bytes) -> bytes:
        return self._key.sign(
            certificate_body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
