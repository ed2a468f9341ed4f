"""Signed proof-of-delivery receipts.

Shippers on the enterprise plan receive a detached signature with every PoD
PDF so that their ERP can check the receipt was issued by us.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_PATH = Path(os.environ.get("POD_SIGNING_KEY_PATH", "/var/lib/courier/pod_signing.pem"))

SIGNING_DEFAULTS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def _passphrase() -> bytes:
    return os.environ["POD_SIGNING_KEY_PASSPHRASE"].encode()


def create_signing_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(**SIGNING_DEFAULTS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    path.write_bytes(pem)
    path.chmod(0o600)
    return key


def load_signing_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(path.read_bytes(), password=_passphrase())


def sign_receipt(pdf_bytes: bytes, key: rsa.RSAPrivateKey | None = None) -> bytes:
    key = key or load_signing_key()
    return key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def public_key_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
