"""Creates SFTP key pairs for new client drop accounts.

Usage: python -m tools.client_key_provisioning ACME01 --out ./keys
"""
import argparse
import getpass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_PARAMS = {
    "public_exponent": 65537,
    "key_size": 4096,
}


def new_keypair(passphrase: bytes, **overrides) -> tuple[bytes, bytes]:
    private_key = rsa.generate_private_key(**{**KEY_PARAMS, **overrides})
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.OpenSSH,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_key = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.OpenSSH,
        format=serialization.PublicFormat.OpenSSH,
    )
    return private_pem, public_key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("client_code")
    parser.add_argument("--out", type=Path, default=Path("keys"))
    args = parser.parse_args()

    passphrase = getpass.getpass("Key passphrase: ").encode("utf-8")
    private_pem, public_key = new_keypair(passphrase)

    args.out.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_path = args.out / f"{args.client_code}_id_rsa"
    private_path.touch(mode=0o600)
    private_path.write_bytes(private_pem)
    (args.out / f"{args.client_code}_id_rsa.pub").write_bytes(public_key + b"\n")
    print(f"created key pair for {args.client_code} in {args.out}")


if __name__ == "__main__":
    main()
