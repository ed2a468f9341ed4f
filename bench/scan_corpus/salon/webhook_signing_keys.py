"""Create the RSA key pair used to sign outbound booking webhooks to partners."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEYGEN = {
    "public_exponent": 65537,
    "key_size": 3072,
}


def create_keypair(out_dir: Path, passphrase: bytes) -> tuple[Path, Path]:
    key = rsa.generate_private_key(**KEYGEN)
    out_dir.mkdir(parents=True, exist_ok=True)

    private_path = out_dir / "webhook_signing_key.pem"
    public_path = out_dir / "webhook_signing_key.pub.pem"

    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return private_path, public_path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    priv, pub = create_keypair(args.out_dir, os.environ["WEBHOOK_KEY_PASSPHRASE"].encode())
    print(f"private key: {priv}\npublic key: {pub}")
