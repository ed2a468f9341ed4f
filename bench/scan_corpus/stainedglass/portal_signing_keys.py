"""Generates and rotates the RSA keys that sign approval-portal documents.

Signed approval receipts are attached to the contract so a client can
later prove which revision of the cartoon they approved.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPolicy:
    key_bits: int = 3072
    public_exponent: int = 65537
    key_dir: Path = Path("/srv/studio/keys")


class ReceiptSigner:
    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self.private_key = private_key

    def sign(self, receipt: bytes) -> bytes:
        return self.private_key.sign(
            receipt,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )


class KeyRotator:
    def __init__(self, policy: KeyPolicy = KeyPolicy()) -> None:
        self.policy = policy

    def _generate(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.key_bits,
        )

    def rotate(self) -> Path:
        key = self._generate()
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        target = self.policy.key_dir / f"receipt-signing-{stamp}.pem"
        passphrase = os.environ["RECEIPT_KEY_PASSPHRASE"].encode()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        return target


if __name__ == "__main__":
    print(KeyRotator().rotate())
