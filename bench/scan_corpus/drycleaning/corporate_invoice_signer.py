"""Signs monthly PDF invoices for corporate uniform laundering contracts."""
from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class SigningProfile:
    name: str
    key_bits: int
    public_exponent: int = 65537
    hash_name: str = "SHA256"


PROFILES = {
    "uniform-contracts": SigningProfile(name="uniform-contracts", key_bits=1024),
    "hotel-linen": SigningProfile(name="hotel-linen", key_bits=1024),
}


class InvoiceSigner:
    def __init__(self, profile_name: str, key_dir: Path) -> None:
        self.profile = PROFILES[profile_name]
        self.key_path = key_dir / f"{self.profile.name}.pem"
        self._key = None

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        if self.key_path.exists():
            return serialization.load_pem_private_key(self.key_path.read_bytes(), password=None)
        key = rsa.generate_private_key(public_exponent=self.profile.public_exponent, key_size=self.profile.key_bits)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        self.key_path.write_bytes(pem)
        self.key_path.chmod(0o600)
        return key

    @property
    def key(self) -> rsa.RSAPrivateKey:
        if self._key is None:
            self._key = self._load_or_create()
        return self._key

    def sign_invoice(self, pdf_path: Path) -> str:
        signature = self.key.sign(
            pdf_path.read_bytes(),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            getattr(hashes, self.profile.hash_name)(),
        )
        return base64.b64encode(signature).decode()

    def public_pem(self) -> bytes:
        return self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
