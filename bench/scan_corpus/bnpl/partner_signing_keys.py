"""Generates per-acquirer RSA key pairs used to sign settlement files."""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from bnpl.secrets import get_secret

KEY_PARAMS = {"public_exponent": 65537, "key_size": 3072}


def generate_keypair(out_dir: Path, partner: str) -> tuple[Path, Path]:
    passphrase = get_secret(f"settlement/{partner}/key-passphrase").encode()
    private_key = rsa.generate_private_key(**KEY_PARAMS)

    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )

    out_dir.mkdir(parents=True, exist_ok=True)
    private_path = out_dir / "signing.key.pem"
    public_path = out_dir / "signing.pub.pem"
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path


def load_private_key(path: Path, partner: str) -> rsa.RSAPrivateKey:
    passphrase = get_secret(f"settlement/{partner}/key-passphrase").encode()
    key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < KEY_PARAMS["key_size"]:
        raise ValueError(f"{path} is not an RSA key of at least {KEY_PARAMS['key_size']} bits")
    return key
