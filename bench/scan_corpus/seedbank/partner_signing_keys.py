"""Generates the key pair used to sign outgoing partner exchange manifests."""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SETTINGS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def generate_keypair(passphrase: bytes):
    private_key = rsa.generate_private_key(**KEY_SETTINGS)
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
    parser = argparse.ArgumentParser(description="Create manifest signing keys")
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()

    passphrase = os.environ["MANIFEST_KEY_PASSPHRASE"].encode()
    private_pem, public_pem = generate_keypair(passphrase)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    priv_path = args.out_dir / "manifest_signing.pem"
    priv_path.write_bytes(private_pem)
    os.chmod(priv_path, 0o600)
    (args.out_dir / "manifest_signing.pub").write_bytes(public_pem)


if __name__ == "__main__":
    main()
