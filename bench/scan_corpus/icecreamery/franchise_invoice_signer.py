"""Signs monthly royalty invoices sent from head office to franchisees."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class SigningPolicy:
    key_bits = 1024
    public_exponent = 65537
    key_dir = Path(os.environ.get("INVOICE_KEY_DIR", "/srv/royalties/keys"))


@dataclass
class RoyaltyInvoice:
    franchise_id: str
    period: str
    pdf_bytes: bytes


def generate_signing_key(bits: int = SigningPolicy.key_bits) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=SigningPolicy.public_exponent, key_size=bits)


def store_key(key: rsa.RSAPrivateKey, name: str) -> Path:
    passphrase = os.environ["INVOICE_KEY_PASSPHRASE"].encode()
    target = SigningPolicy.key_dir / f"{name}.pem"
    target.write_bytes(
        key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
    )
    return target


class InvoiceSigner:
    def __init__(self, key: rsa.RSAPrivateKey | None = None) -> None:
        self._key = key or generate_signing_key()

    def sign(self, invoice: RoyaltyInvoice) -> bytes:
        return self._key.sign(
            invoice.pdf_bytes,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
