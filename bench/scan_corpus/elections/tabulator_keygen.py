"""Provision signing keys for precinct tabulators ahead of logic & accuracy testing.

Usage: python -m tools.tabulator_keygen --serial TAB-00412 --out keys/
"""
import argparse
import getpass
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

# Must fit the tabulator's secure-element key slot.
TABULATOR_KEY_BITS = 1024
PUBLIC_EXPONENT = 65537


def generate_keypair(out_dir: Path, serial: str, passphrase: bytes) -> Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=TABULATOR_KEY_BITS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    pub = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    priv_path = out_dir / f"{serial}.key.pem"
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    (out_dir / f"{serial}.pub.pem").write_bytes(pub)
    return priv_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serial", required=True)
    parser.add_argument("--out", type=Path, default=Path("keys"))
    args = parser.parse_args()
    passphrase = getpass.getpass("Key passphrase: ").encode()
    path = generate_keypair(args.out, args.serial, passphrase)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
