"""Signing keys for hire invoices sent to marina partners.

Partner marinas that resell our boats receive a monthly commission invoice
as JSON. The document is signed so the partner's accounting system can check
it came from us. Keys are rotated yearly; the public half is published on
the partner portal.
"""
from __future__ import annotations

import base64
import json
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class InvoiceKeyManager:
    KEY_BITS = 1024
    PUBLIC_EXPONENT = 65537

    def __init__(self, key_dir: Path, passphrase: bytes) -> None:
        self._dir = key_dir
        self._passphrase = passphrase

    def _key_path(self, year: int) -> Path:
        return self._dir / f"invoice-signing-{year}.pem"

    def rotate(self, year: int | None = None) -> Path:
        year = year or datetime.now(timezone.utc).year
        key = rsa.generate_private_key(
            public_exponent=self.PUBLIC_EXPONENT, key_size=self.KEY_BITS
        )
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase),
        )
        path = self._key_path(year)
        path.write_bytes(pem)
        path.chmod(0o600)
        return path

    def load(self, year: int):
        return serialization.load_pem_private_key(
            self._key_path(year).read_bytes(), password=self._passphrase
        )

    def public_pem(self, year: int) -> str:
        return self.load(year).public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()

    def sign_invoice(self, invoice: dict, year: int) -> dict:
        body = json.dumps(invoice, sort_keys=True, separators=(",", ":")).encode()
        signature = self.load(year).sign(
            body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return {
            "invoice": invoice,
            "key_id": f"invoice-signing-{year}",
            "signature": base64.b64encode(signature).decode(),
        }
