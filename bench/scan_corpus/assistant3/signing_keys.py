"""CLI to generate the RSA key pair used for signing partner payloads."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

DEFAULT_KEY_SIZE = 3072


def generate(out_dir: Path, key_size: int = DEFAULT_KEY_SIZE) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    passphrase = os.environ["SIGNING_KEY_PASSPHRASE"].encode()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / "signing_key.pem", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    (out_dir / "signing_key.pub.pem").write_bytes(public_pem)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--key-size", type=int, choices=(3072, 4096), default=DEFAULT_KEY_SIZE)
    args = parser.parse_args()
    generate(args.out_dir, args.key_size)
