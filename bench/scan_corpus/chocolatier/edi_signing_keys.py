"""Key management for signed EDI messages exchanged with wholesale buyers.

Purchase orders and dispatch advices sent to department stores are signed
so that the buyer can verify they came from us.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPolicy:
    public_exponent: int = 65537
    modulus_bits: int = 1024
    rotation_days: int = 365


class EdiSigner:
    def __init__(self, key: rsa.RSAPrivateKey) -> None:
        self._key = key

    @classmethod
    def generate(cls, policy: KeyPolicy = KeyPolicy()) -> "EdiSigner":
        key = rsa.generate_private_key(
            public_exponent=policy.public_exponent,
            key_size=policy.modulus_bits,
        )
        return cls(key)

    @classmethod
    def load(cls, pem_path: Path, passphrase: bytes) -> "EdiSigner":
        key = serialization.load_pem_private_key(pem_path.read_bytes(), password=passphrase)
        return cls(key)

    def save(self, pem_path: Path, passphrase: bytes) -> None:
        pem = self._key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
        pem_path.write_bytes(pem)
        pem_path.chmod(0o600)

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(
            message,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
