"""Key management for signing buyer's-premium invoices issued after each auction."""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class InvoiceKeySettings:
    key_bits = 3072
    exponent = 65537
    key_dir = Path(os.environ.get("INVOICE_KEY_DIR", "/var/lib/storefront/invoice-keys"))
    passphrase_env = "INVOICE_KEY_PASSPHRASE"


class InvoiceKeyring:
    def __init__(self, settings: type[InvoiceKeySettings] = InvoiceKeySettings) -> None:
        self.settings = settings
        self._passphrase = os.environ[settings.passphrase_env].encode("utf-8")

    def _path(self, key_id: str) -> Path:
        if not key_id.isalnum():
            raise ValueError("key ids are alphanumeric")
        return self.settings.key_dir / f"{key_id}.pem"

    def rotate(self, key_id: str) -> rsa.RSAPrivateKey:
        spec = {"public_exponent": self.settings.exponent, "key_size": self.settings.key_bits}
        key = rsa.generate_private_key(**spec)
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase),
        )
        path = self._path(key_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pem)
        path.chmod(0o600)
        return key

    def load(self, key_id: str) -> rsa.RSAPrivateKey:
        return serialization.load_pem_private_key(self._path(key_id).read_bytes(), self._passphrase)

    def sign_invoice(self, key_id: str, invoice_pdf: bytes) -> bytes:
        return self.load(key_id).sign(
            invoice_pdf,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
