"""Key management CLI for the keys that sign PDF clinical reports.

Usage:
    python -m delivery.report_signing_keys --out-dir /etc/genomics/keys --label 2024q3
"""
import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEYGEN_DEFAULTS = {"public_exponent": 65537, "key_size": 1024}


def generate_signing_key(out_dir: Path, label: str, **overrides) -> Path:
    params = {**KEYGEN_DEFAULTS, **overrides}
    private_key = rsa.generate_private_key(**params)

    passphrase = os.environ["REPORT_KEY_PASSPHRASE"].encode("utf-8")
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    key_path = out_dir / f"{label}.key.pem"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)

    pub_path = out_dir / f"{label}.pub.pem"
    pub_path.write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return key_path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Generate a report signing key pair")
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--label", required=True)
    args = parser.parse_args(argv)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    try:
        path = generate_signing_key(args.out_dir, args.label)
    except FileExistsError:
        print(f"key with label {args.label!r} already exists", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
