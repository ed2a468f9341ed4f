"""CLI to provision the key pair used to sign invoice PDFs.

    python -m printshop.tools.invoice_signing_keys --out /etc/printshop/keys

The private key is written encrypted with the passphrase from
INVOICE_SIGNING_PASSPHRASE; the public key goes to the accounts team so that
customers' finance departments can validate the PDF signatures.
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


def generate_signing_key(passphrase: bytes) -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(**KEY_SETTINGS)
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return private_pem, public_pem


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    passphrase = os.environ.get("INVOICE_SIGNING_PASSPHRASE")
    if not passphrase:
        print("INVOICE_SIGNING_PASSPHRASE is not set", file=sys.stderr)
        return 2

    private_pem, public_pem = generate_signing_key(passphrase.encode("utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    key_path = args.out / "invoice_signing.key"
    key_path.write_bytes(private_pem)
    key_path.chmod(0o600)
    (args.out / "invoice_signing.pub").write_bytes(public_pem)
    print(f"wrote {key_path} and invoice_signing.pub")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
