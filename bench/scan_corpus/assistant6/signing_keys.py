"""CLI: rotate the RSA key used to sign license files."""
import argparse
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

PUBLIC_EXPONENT = 65537
KEY_SIZE = 1024


def generate(out_dir: Path, passphrase: bytes) -> None:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "license_signing.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    (out_dir / "license_signing.pub").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--passphrase-file", type=Path, required=True)
    args = parser.parse_args()
    generate(args.out_dir, args.passphrase_file.read_bytes().strip())
