"""Key management for signed digital receipts issued by concession tills.

Receipts carry a detached signature so refunds can be checked offline by the
kiosk supervisors; the signing key is rotated at the start of each season.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class ReceiptKeyPolicy:
    key_size: int = 3072
    public_exponent: int = 65537
    salt_length: int = padding.PSS.MAX_LENGTH


def rotate_signing_key(key_dir: Path, season: str, policy: ReceiptKeyPolicy = ReceiptKeyPolicy()) -> Path:
    key = rsa.generate_private_key(public_exponent=policy.public_exponent, key_size=policy.key_size)
    passphrase = os.environ["RECEIPT_KEY_PASSPHRASE"].encode()
    target = key_dir / f"receipts-{season}.pem"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )
    (key_dir / f"receipts-{season}.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return target


def sign_receipt(key: rsa.RSAPrivateKey, receipt_json: bytes, policy: ReceiptKeyPolicy = ReceiptKeyPolicy()) -> bytes:
    return key.sign(
        receipt_json,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=policy.salt_length),
        hashes.SHA256(),
    )


def load_signing_key(path: Path) -> rsa.RSAPrivateKey:
    passphrase = os.environ["RECEIPT_KEY_PASSPHRASE"].encode()
    key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < 3072:
        raise ValueError("receipt signing key does not meet policy")
    return key
