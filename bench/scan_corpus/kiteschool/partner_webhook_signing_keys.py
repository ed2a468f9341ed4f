"""Signing keys used when pushing booking confirmations to partner hotels."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class KeyRecord:
    kid: str
    created: datetime
    private_pem: bytes
    public_pem: bytes


def generate_signing_key(kid: str, key_size: int = 1024) -> KeyRecord:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return KeyRecord(kid=kid, created=datetime.now(timezone.utc), private_pem=private_pem, public_pem=public_pem)


class PartnerKeyRing:
    def __init__(self, key_dir: Path) -> None:
        self.key_dir = key_dir

    def rotate(self, partner: str) -> KeyRecord:
        kid = f"{partner}-{datetime.now(timezone.utc):%Y%m%d}"
        record = generate_signing_key(kid)
        (self.key_dir / f"{kid}.pem").write_bytes(record.private_pem)
        (self.key_dir / f"{kid}.pub").write_bytes(record.public_pem)
        return record

    def sign(self, kid: str, body: bytes) -> bytes:
        key = serialization.load_pem_private_key((self.key_dir / f"{kid}.pem").read_bytes(), password=None)
        return key.sign(
            body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
