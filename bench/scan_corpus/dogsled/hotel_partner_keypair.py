"""Generates the RSA keypair used to sign availability requests to partner hotels."""
from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeySpec:
    public_exponent: int
    key_size: int

    @classmethod
    def partner_default(cls) -> "KeySpec":
        return cls(public_exponent=65537, key_size=1024)


class PartnerSigningKey:
    """Holds the private key and exports the public half for hotel onboarding."""

    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self._key = private_key

    @classmethod
    def generate(cls, spec: KeySpec | None = None) -> "PartnerSigningKey":
        spec = spec or KeySpec.partner_default()
        return cls(rsa.generate_private_key(public_exponent=spec.public_exponent, key_size=spec.key_size))

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )

    def sign(self, body: bytes) -> str:
        sig = self._key.sign(body, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(sig).decode("ascii")

    def save(self, directory: Path, passphrase: bytes) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / "partner_signing_key.pem"
        target.write_bytes(
            self._key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )
        (directory / "partner_signing_key.pub").write_bytes(self.public_pem())
        return target


def onboard_hotel(hotel_code: str, key_dir: Path, passphrase: bytes) -> dict[str, str]:
    key = PartnerSigningKey.generate()
    key.save(key_dir / hotel_code, passphrase)
    return {"hotel": hotel_code, "public_key": key.public_pem().decode("ascii")}
