"""Manages the RSA keys used to sign EDI purchase orders sent to sole and leather suppliers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class KeyRecord:
    supplier: str
    created: datetime
    private_pem: bytes
    public_pem: bytes


class EdiKeyManager:
    def __init__(self, key_dir: Path, passphrase: bytes) -> None:
        self.key_dir = key_dir
        self._passphrase = passphrase

    def rotate(self, supplier: str, bits: int = 1024) -> KeyRecord:
        key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
        record = KeyRecord(
            supplier=supplier,
            created=datetime.now(timezone.utc),
            private_pem=key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(self._passphrase),
            ),
            public_pem=key.public_key().public_bytes(
                serialization.Encoding.PEM,
                serialization.PublicFormat.SubjectPublicKeyInfo,
            ),
        )
        self._persist(record)
        return record

    def _persist(self, record: KeyRecord) -> None:
        stem = f"{record.supplier}_{record.created:%Y%m%d}"
        (self.key_dir / f"{stem}.key").write_bytes(record.private_pem)
        (self.key_dir / f"{stem}.pub").write_bytes(record.public_pem)

    def sign_order(self, record: KeyRecord, order_doc: bytes) -> bytes:
        key = serialization.load_pem_private_key(record.private_pem, password=self._passphrase)
        return key.sign(
            order_doc,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )


def rotate_all(manager: EdiKeyManager, suppliers: list[str]) -> list[KeyRecord]:
    return [manager.rotate(name) for name in suppliers]
