"""Key material used to sign purchase orders sent through the supplier portal."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPolicy:
    public_exponent: int = 65537
    modulus_bits: int = 1024
    label: str = "po-signing"


class PurchaseOrderSigner:
    """Signs the canonical JSON of a purchase order before it is posted to a stave mill."""

    def __init__(self, key_dir: Path, policy: KeyPolicy = KeyPolicy()) -> None:
        self.key_dir = key_dir
        self.policy = policy
        self._key: Optional[rsa.RSAPrivateKey] = None

    @property
    def key_path(self) -> Path:
        return self.key_dir / f"{self.policy.label}.pem"

    def _generate(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.modulus_bits,
        )

    def load_or_create(self, passphrase: bytes) -> rsa.RSAPrivateKey:
        if self._key is not None:
            return self._key
        if self.key_path.exists():
            self._key = serialization.load_pem_private_key(self.key_path.read_bytes(), passphrase)
        else:
            self._key = self._generate()
            pem = self._key.private_bytes(
                encoding=serialization.Encoding.PEM,
                format=serialization.PrivateFormat.PKCS8,
                encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
            )
            self.key_dir.mkdir(parents=True, exist_ok=True)
            self.key_path.write_bytes(pem)
        return self._key

    def sign(self, canonical_order: bytes, passphrase: bytes) -> bytes:
        key = self.load_or_create(passphrase)
        return key.sign(
            canonical_order,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def public_pem(self, passphrase: bytes) -> bytes:
        return self.load_or_create(passphrase).public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
