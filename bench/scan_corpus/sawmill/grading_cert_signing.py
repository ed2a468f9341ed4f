"""Keys for signing CE / UKCA strength-grading declarations.

Machine-graded structural timber ships with a declaration of performance. We
sign the declaration data so merchants can check it has not been edited. Key
generation runs once per year from the QA office laptop.
"""
from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SETTINGS = {"public_exponent": 65537, "key_size": 3072}


def new_keypair(out_dir: Path, passphrase: bytes, label: str) -> tuple[Path, Path]:
    key = rsa.generate_private_key(**KEY_SETTINGS)
    out_dir.mkdir(parents=True, exist_ok=True)
    priv = out_dir / f"{label}.key.pem"
    pub = out_dir / f"{label}.pub.pem"
    priv.write_bytes(
        key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
    )
    priv.chmod(0o600)
    pub.write_bytes(
        key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return priv, pub


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path.home() / "dop-keys")
    parser.add_argument("--label", required=True, help="e.g. dop-2025")
    args = parser.parse_args()
    passphrase = getpass.getpass("Key passphrase: ").encode("utf-8")
    if len(passphrase) < 12:
        raise SystemExit("passphrase must be at least 12 characters")
    priv, pub = new_keypair(args.out, passphrase, args.label)
    print(f"wrote {priv} and {pub}")


if __name__ == "__main__":
    main()
