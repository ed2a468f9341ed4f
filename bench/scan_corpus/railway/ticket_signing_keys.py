"""Generates and rotates the RSA keys used to sign e-ticket wallet passes."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ticketing.settings import KEY_STORE_DIR

RSA_PUBLIC_EXPONENT = 65537
RSA_BITS = 3072


def generate_signing_key(passphrase: bytes) -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(public_exponent=RSA_PUBLIC_EXPONENT, key_size=RSA_BITS)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return private_pem, public_pem


def rotate(passphrase: bytes, store: Path = Path(KEY_STORE_DIR)) -> str:
    kid = datetime.now(timezone.utc).strftime("pass-%Y%m%d%H%M")
    private_pem, public_pem = generate_signing_key(passphrase)
    store.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(store / f"{kid}.key", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    (store / f"{kid}.pub").write_bytes(public_pem)
    (store / "current").write_text(kid)
    return kid
