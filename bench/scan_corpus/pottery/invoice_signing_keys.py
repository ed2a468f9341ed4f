"""Key management for signing PDF invoices issued by the ceramics shop."""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey


class InvoiceKeyPolicy(NamedTuple):
    modulus_bits: int
    exponent: int
    rotation_days: int


POLICY = InvoiceKeyPolicy(modulus_bits=3072, exponent=65537, rotation_days=365)
KEY_PATH = Path(os.environ.get("INVOICE_KEY_PATH", "/srv/shop/keys/invoice_signing.pem"))


def new_invoice_key(policy: InvoiceKeyPolicy = POLICY) -> RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=policy.exponent, key_size=policy.modulus_bits)


def store_key(key: RSAPrivateKey, path: Path = KEY_PATH) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(os.environ["INVOICE_KEY_PASSPHRASE"].encode()),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def load_key(path: Path = KEY_PATH) -> RSAPrivateKey:
    return serialization.load_pem_private_key(
        path.read_bytes(), password=os.environ["INVOICE_KEY_PASSPHRASE"].encode()
    )


def sign_invoice(pdf_bytes: bytes, key: RSAPrivateKey) -> bytes:
    return key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
        hashes.SHA256(),
    )


if __name__ == "__main__":
    import sys

    if not KEY_PATH.exists():
        store_key(new_invoice_key())
    print(sign_invoice(Path(sys.argv[1]).read_bytes(), load_key()).hex())
