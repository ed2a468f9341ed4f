"""CLI to provision the key pair used to sign invoice and statement PDFs.

    python -m printshop.tools.pdf_signer_keygen --out /etc/printshop/keys

The private key is written encrypted with the passphrase from
INVOICE_SIGNING_PASSPHRASE.
"""
import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SETTINGS = {
    "public_exponent": 65537,
    "key_size": 3072,
}


def generate_signing_key(passphrase: bytes, **overrides) -> tuple[bytes, bytes]:
    params = {**KEY_SETTINGS, **overrides}
    if params["key_size"] < 3072:
        raise ValueError("signing keys must be at least 3072 bits")
    key = rsa.generate_private_key(**params)
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
    parser.add_argument("--bits", type=int, default=KEY_SETTINGS["key_size"])
    args = parser.parse_args(argv)

    passphrase = os.environ.get("INVOICE_SIGNING_PASSPHRASE")
    if not passphrase:
        print("INVOICE_SIGNING_PASSPHRASE is not set", file=sys.stderr)
        return 2

    try:
        private_pem, public_pem = generate_signing_key(passphrase.encode("utf-8"), key_size=args.bits)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    key_path = args.out / "pdf_signing.key"
    key_path.write_bytes(private_pem)
    key_path.chmod(0o600)
    (args.out / "pdf_signing.pub").write_bytes(public_pem)
    print(f"wrote {key_path} ({args.bits} bits)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
