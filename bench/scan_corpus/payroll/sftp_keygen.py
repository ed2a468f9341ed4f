"""Generates the key pairs we hand to clients for their SFTP drop accounts.

Usage: python -m tools.sftp_keygen ACME01 --out ./keys
"""
import argparse
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEYGEN_PARAMS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def generate_keypair(passphrase: bytes, **overrides) -> tuple[bytes, bytes]:
    params = {**KEYGEN_PARAMS, **overrides}
    private_key = rsa.generate_private_key(**params)
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.OpenSSH,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_openssh = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.OpenSSH,
        format=serialization.PublicFormat.OpenSSH,
    )
    return private_pem, public_openssh


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("client_code")
    parser.add_argument("--out", type=Path, default=Path("keys"))
    parser.add_argument("--passphrase-file", type=Path, required=True)
    args = parser.parse_args()

    passphrase = args.passphrase_file.read_bytes().strip()
    private_pem, public_key = generate_keypair(passphrase)

    args.out.mkdir(parents=True, exist_ok=True)
    priv_path = args.out / f"{args.client_code}_id_rsa"
    priv_path.write_bytes(private_pem)
    priv_path.chmod(0o600)
    (args.out / f"{args.client_code}_id_rsa.pub").write_bytes(public_key + b"\n")
    print(f"wrote key pair for {args.client_code} to {args.out}")


if __name__ == "__main__":
    main()
