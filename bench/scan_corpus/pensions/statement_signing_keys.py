"""Generate the key pair used to sign PDF benefit statements.

Usage:
    STATEMENT_KEY_PASSPHRASE=... python statement_signing_keys.py --out keys/2025
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_keypair(out_dir: Path, passphrase: bytes, bits: int = 1024) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    out_dir.mkdir(parents=True, exist_ok=True)

    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    private_path = out_dir / "statement_signing.key"
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)

    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    (out_dir / "statement_signing.pub").write_bytes(public_pem)
    return private_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    passphrase = os.environ["STATEMENT_KEY_PASSPHRASE"].encode()
    path = generate_keypair(args.out, passphrase)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
