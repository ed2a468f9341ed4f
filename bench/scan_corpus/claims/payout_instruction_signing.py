"""Signing of payout instructions sent to the disbursement bank.

Each morning's payout file is signed with the claims platform's RSA key; the
bank verifies the signature before releasing funds.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PUBLIC_EXPONENT = 65537
SIGNING_KEY_SIZE = 1024  # matches the key slot configured in the bank's import tool
KEY_DIR = Path(os.environ.get("PAYOUT_KEY_DIR", "/etc/claims/payout-keys"))


def _passphrase() -> bytes:
    return os.environ["PAYOUT_KEY_PASSPHRASE"].encode()


def generate_signing_key(name: str) -> Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=SIGNING_KEY_SIZE)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    path = KEY_DIR / f"{name}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    pub = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (KEY_DIR / f"{name}.pub.pem").write_bytes(pub)
    return path


def sign_payout_file(payout_file: Path, key_name: str) -> bytes:
    key = serialization.load_pem_private_key((KEY_DIR / f"{key_name}.pem").read_bytes(), password=_passphrase())
    return key.sign(
        payout_file.read_bytes(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
