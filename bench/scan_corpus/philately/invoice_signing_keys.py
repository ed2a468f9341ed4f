"""Key management for signing buyer invoices and consignor settlement statements."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class KeyPolicy:
    key_size: int = 3072
    public_exponent: int = 65537
    store: Path = Path("/etc/auction/invoice-keys")
    passphrase: bytes = field(default_factory=lambda: os.environ["INVOICE_KEY_PASSPHRASE"].encode(), repr=False)


class InvoiceKeyring:
    def __init__(self, policy: KeyPolicy | None = None) -> None:
        self.policy = policy or KeyPolicy()

    def _path(self, key_id: str) -> Path:
        return self.policy.store / f"{key_id}.pem"

    def rotate(self, key_id: str) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(
            public_exponent=self.policy.public_exponent, key_size=self.policy.key_size
        )
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self.policy.passphrase),
        )
        self.policy.store.mkdir(parents=True, exist_ok=True)
        path = self._path(key_id)
        path.write_bytes(pem)
        path.chmod(0o600)
        return key

    def load(self, key_id: str) -> rsa.RSAPrivateKey:
        return serialization.load_pem_private_key(self._path(key_id).read_bytes(), self.policy.passphrase)


def sign_invoice_pdf(keyring: InvoiceKeyring, key_id: str, pdf_bytes: bytes) -> bytes:
    return keyring.load(key_id).sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
