"""Keys used to sign PDF invoices for gate and balustrade commissions."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class SigningIdentity:
    label: str
    private_key: rsa.RSAPrivateKey

    def public_pem(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )

    def sign(self, document: bytes) -> bytes:
        return self.private_key.sign(document, padding.PKCS1v15(), hashes.SHA256())


def generate_identity(label: str, key_bits: int = 1024, exponent: int = 65537) -> SigningIdentity:
    key = rsa.generate_private_key(public_exponent=exponent, key_size=key_bits)
    return SigningIdentity(label=label, private_key=key)


class InvoiceKeyStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, label: str) -> Path:
        return self.root / f"{label}.pem"

    def rotate(self, label: str) -> SigningIdentity:
        identity = generate_identity(label)
        passphrase = os.environ["INVOICE_KEY_PASSPHRASE"].encode()
        pem = identity.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        self._path(label).write_bytes(pem)
        return identity

    def load(self, label: str) -> SigningIdentity:
        passphrase = os.environ["INVOICE_KEY_PASSPHRASE"].encode()
        key = serialization.load_pem_private_key(self._path(label).read_bytes(), passphrase)
        return SigningIdentity(label=label, private_key=key)


def sign_invoice(store: InvoiceKeyStore, invoice_pdf: Path) -> Path:
    identity = store.load("invoices")
    signature = identity.sign(invoice_pdf.read_bytes())
    out = invoice_pdf.with_suffix(".sig")
    out.write_bytes(signature)
    return out
