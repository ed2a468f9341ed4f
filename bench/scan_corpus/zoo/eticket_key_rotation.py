"""CLI: rotate the signing key used for e-ticket QR codes.

    python -m ticketing.eticket_key_rotation --season 2025-summer
"""

import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

RSA_KEY_SIZE = 3072
DEFAULT_DIR = Path(os.environ.get("TICKET_KEY_DIR", "/var/lib/zoo-tickets/keys"))


def new_keypair(size: int = RSA_KEY_SIZE) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=size)


def write_keypair(key: rsa.RSAPrivateKey, directory: Path, season: str) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    passphrase = os.environ["TICKET_KEY_PASSPHRASE"].encode()
    priv = directory / f"{season}.pem"
    pub = directory / f"{season}.pub.pem"
    fd = os.open(priv, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )
    pub.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return priv, pub


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rotate e-ticket signing key")
    parser.add_argument("--season", required=True)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    priv, pub = write_keypair(new_keypair(), args.dir, args.season)
    print(f"wrote {priv} and {pub}; push {pub.name} to the scanner fleet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
