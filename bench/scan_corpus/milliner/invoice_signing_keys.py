"""Signing keys for the PDF invoices sent to department-store accounts payable teams."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPolicy:
    key_size: int = 3072
    public_exponent: int = 65537
    hash_name: str = "SHA384"


class InvoiceSigner:
    policy = KeyPolicy()
    key_path = Path(os.environ.get("INVOICE_SIGNING_KEY", "/etc/milliner/keys/invoice-signing.pem"))

    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self._key = private_key

    @classmethod
    def rotate(cls) -> "InvoiceSigner":
        key = rsa.generate_private_key(
            public_exponent=cls.policy.public_exponent, key_size=cls.policy.key_size
        )
        passphrase = os.environ["INVOICE_KEY_PASSPHRASE"].encode()
        cls.key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )
        os.chmod(cls.key_path, 0o600)
        return cls(key)

    @classmethod
    def load(cls) -> "InvoiceSigner":
        passphrase = os.environ["INVOICE_KEY_PASSPHRASE"].encode()
        key = serialization.load_pem_private_key(cls.key_path.read_bytes(), password=passphrase)
        return cls(key)

    def _hash(self) -> hashes.HashAlgorithm:
        return getattr(hashes, self.policy.hash_name)()

    def sign(self, pdf_bytes: bytes) -> bytes:
        return self._key.sign(
            pdf_bytes,
            padding.PSS(mgf=padding.MGF1(self._hash()), salt_length=padding.PSS.MAX_LENGTH),
            self._hash(),
        )

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
