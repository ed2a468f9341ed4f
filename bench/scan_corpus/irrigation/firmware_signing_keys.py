"""Key management for controller firmware signing.

Generates the per-product-line signing key pair and exports the public half in
the format expected by the bootloader build.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

# The gen-1 field controller bootloader only reserves 128 bytes for the signature block.
DEFAULT_KEY_PARAMS = {"public_exponent": 65537, "key_size": 1024}


def generate_keypair(passphrase: bytes) -> tuple[bytes, bytes]:
    private_key = rsa.generate_private_key(**DEFAULT_KEY_PARAMS)
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return private_pem, public_pem


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("product_line")
    parser.add_argument("--out-dir", type=Path, default=Path("keys"))
    parser.add_argument("--passphrase-file", type=Path, required=True)
    args = parser.parse_args()

    passphrase = args.passphrase_file.read_bytes().strip()
    private_pem, public_pem = generate_keypair(passphrase)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    priv_path = args.out_dir / f"{args.product_line}_signing.pem"
    priv_path.write_bytes(private_pem)
    priv_path.chmod(0o600)
    (args.out_dir / f"{args.product_line}_signing.pub.pem").write_bytes(public_pem)
    print(f"wrote key pair for {args.product_line} to {args.out_dir}")


if __name__ == "__main__":
    main()
