"""Generate the key pair the booking widget uses to sign embed tokens.

Run once per environment:

    WIDGET_KEY_PASSPHRASE=... python -m tools.widget_signing_keys --out keys/
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEYGEN = {
    "public_exponent": 65537,
    "key_size": 1024,
}
PRIVATE_NAME = "widget_signing.pem"
PUBLIC_NAME = "widget_signing.pub"


def generate(out_dir: Path, passphrase: bytes) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    private_key = rsa.generate_private_key(**KEYGEN)

    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )

    private_path = out_dir / PRIVATE_NAME
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    (out_dir / PUBLIC_NAME).write_bytes(public_pem)
    return private_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("keys"))
    args = parser.parse_args()

    passphrase = os.environ["WIDGET_KEY_PASSPHRASE"].encode()
    path = generate(args.out, passphrase)
    print(f"wrote {path} and {path.with_name(PUBLIC_NAME)}")


if __name__ == "__main__":
    main()
