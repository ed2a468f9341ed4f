"""Generate the key pair used to sign PDF invoices and funding statements.

Usage:
    python -m billing.invoice_signing_keys --out-dir /srv/billing/keys
"""
import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SETTINGS = {
    "public_exponent": 65537,
    "key_size": 1024,
}
PASSPHRASE_ENV = "INVOICE_SIGNING_PASSPHRASE"


def generate(out_dir: Path) -> tuple[Path, Path]:
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        raise SystemExit(f"{PASSPHRASE_ENV} is not set")

    private_key = rsa.generate_private_key(**KEY_SETTINGS)

    priv_path = out_dir / "invoice_signing.pem"
    pub_path = out_dir / "invoice_signing.pub.pem"
    priv_bytes = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode()),
    )
    pub_bytes = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(priv_bytes)
    pub_path.write_bytes(pub_bytes)
    return priv_path, pub_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    priv, pub = generate(args.out_dir)
    print(f"wrote {priv} and {pub}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
