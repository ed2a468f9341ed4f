"""Create the RSA key pair we hand to an employer's payroll provider for
signing contribution files.

Usage:
    EMPLOYER_KEY_PASSPHRASE=... python employer_sftp_keys.py EMP0042 --bits 4096
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_DIR = Path(os.environ.get("EMPLOYER_KEY_DIR", "/srv/pensions/employer-keys"))
SUPPORTED_BITS = (3072, 4096)


def create_employer_key(employer_id: str, passphrase: bytes, bits: int = 3072) -> Path:
    if bits not in SUPPORTED_BITS:
        raise ValueError(f"key size must be one of {SUPPORTED_BITS}")
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    target = KEY_DIR / employer_id
    target.mkdir(parents=True, exist_ok=True)

    fd = os.open(target / "signing.key", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                encoding=serialization.Encoding.PEM,
                format=serialization.PrivateFormat.PKCS8,
                encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
            )
        )
    (target / "signing.pub").write_bytes(
        key.public_key().public_bytes(
            encoding=serialization.Encoding.OpenSSH,
            format=serialization.PublicFormat.OpenSSH,
        )
    )
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("employer_id")
    parser.add_argument("--bits", type=int, default=3072, choices=SUPPORTED_BITS)
    args = parser.parse_args()
    if not args.employer_id.isalnum():
        parser.error("employer id must be alphanumeric")
    out = create_employer_key(args.employer_id, os.environ["EMPLOYER_KEY_PASSPHRASE"].encode(), args.bits)
    print(f"keys written to {out}")


if __name__ == "__main__":
    main()
