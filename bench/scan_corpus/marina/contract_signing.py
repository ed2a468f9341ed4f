"""Seasonal signing keys for charter contract PDFs.

Each sailing season gets its own key pair; the public half is published on the
booking site so charterers can check the signature on their contract.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path(os.environ.get("CONTRACT_KEY_DIR", "/var/lib/marina/contract-keys"))


def _passphrase() -> bytes:
    return os.environ["CONTRACT_KEY_PASSPHRASE"].encode()


def rotate_signing_key(season: str, key_bits: int = 1024) -> Path:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    priv_path = KEY_DIR / f"{season}.pem"
    pub_path = KEY_DIR / f"{season}.pub.pem"

    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)

    pub_path.write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return priv_path


def sign_contract(season: str, pdf_bytes: bytes) -> bytes:
    key = serialization.load_pem_private_key(
        (KEY_DIR / f"{season}.pem").read_bytes(), password=_passphrase()
    )
    return key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
