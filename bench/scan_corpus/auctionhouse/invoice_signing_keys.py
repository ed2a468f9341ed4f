"""Key management for signing buyer invoices issued after each sale."""

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING_KEY_BITS = 3072


class InvoiceSigner:
    def __init__(self, key_path: Path, key_size: int = SIGNING_KEY_BITS):
        if key_size < 2048:
            raise ValueError("invoice signing keys must be at least 2048 bits")
        self.key_path = Path(key_path)
        self.key_size = key_size
        self._key = None

    def _passphrase(self) -> bytes:
        return os.environ["INVOICE_SIGNING_PASSPHRASE"].encode("utf-8")

    def generate(self):
        key = rsa.generate_private_key(public_exponent=65537, key_size=self.key_size)
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase()),
        )
        fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        self._key = key
        return key

    @property
    def key(self):
        if self._key is None:
            self._key = serialization.load_pem_private_key(
                self.key_path.read_bytes(), password=self._passphrase()
            )
        return self._key

    def sign_invoice(self, pdf_bytes: bytes) -> bytes:
        return self.key.sign(
            pdf_bytes,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
