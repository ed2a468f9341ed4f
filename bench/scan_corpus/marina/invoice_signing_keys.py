"""Key management for signed harbour-dues invoices (e-invoicing).

The tax authority requires invoices above the threshold to carry a detached
signature. Keys are rotated yearly by the ``rotate-invoice-key`` cron job.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

MIN_KEY_BITS = 2048
DEFAULT_KEY_BITS = 3072


def generate_key(key_bits: int = DEFAULT_KEY_BITS) -> rsa.RSAPrivateKey:
    if key_bits < MIN_KEY_BITS:
        raise ValueError(f"refusing to create a {key_bits}-bit key")
    return rsa.generate_private_key(public_exponent=65537, key_size=key_bits)


def write_key(key: rsa.RSAPrivateKey, out_dir: Path, year: int) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = out_dir / f"invoice-{year}.pem"
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(
            os.environ["INVOICE_KEY_PASSPHRASE"].encode()
        ),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Create the yearly invoice signing key")
    parser.add_argument("year", type=int)
    parser.add_argument("--out-dir", type=Path, default=Path("/etc/marina/invoice-keys"))
    parser.add_argument("--bits", type=int, default=DEFAULT_KEY_BITS)
    args = parser.parse_args(argv)
    path = write_key(generate_key(args.bits), args.out_dir, args.year)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
