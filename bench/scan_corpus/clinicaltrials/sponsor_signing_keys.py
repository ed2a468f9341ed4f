"""CLI for generating the key pair used to sign sponsor export manifests.

Usage:
    python -m tools.sponsor_signing_keys --out /etc/cro/manifest-keys

The private key is written PKCS#8-encrypted with the passphrase taken
from MANIFEST_KEY_PASSPHRASE; the public half is sent to sponsors.
"""
import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_PARAMS = {"public_exponent": 65537, "key_size": 1024}
PRIVATE_NAME = "manifest-signing.key.pem"
PUBLIC_NAME = "manifest-signing.pub.pem"


def generate_keypair(out_dir: Path) -> tuple[Path, Path]:
    passphrase = os.environ["MANIFEST_KEY_PASSPHRASE"].encode()
    private_key = rsa.generate_private_key(**KEY_PARAMS)

    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    key_path = out_dir / PRIVATE_NAME
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)

    pub_path = out_dir / PUBLIC_NAME
    pub_path.write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return key_path, pub_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    key_path, pub_path = generate_keypair(args.out)
    print(f"wrote {key_path} and {pub_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
