"""Key rotation for the detached signatures attached to PDF account statements.

Run from the ops box at the start of each quarter:

    python -m statements.signing_keys rotate --out /etc/statements/keys
"""
import argparse
import os
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_signing_key(key_size: int = 1024, public_exponent: int = 65537) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=public_exponent, key_size=key_size)


def write_keypair(private_key: rsa.RSAPrivateKey, directory: Path, passphrase: bytes) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    stem = f"statement-signing-{date.today():%Y}Q{(date.today().month - 1) // 3 + 1}"
    priv_path = directory / f"{stem}.key.pem"
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            private_key.private_bytes(
                encoding=serialization.Encoding.PEM,
                format=serialization.PrivateFormat.PKCS8,
                encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
            )
        )
    (directory / f"{stem}.pub.pem").write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return priv_path


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="signing_keys")
    sub = parser.add_subparsers(dest="cmd", required=True)
    rotate = sub.add_parser("rotate")
    rotate.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    passphrase = os.environ["STATEMENT_KEY_PASSPHRASE"].encode()
    path = write_keypair(generate_signing_key(), args.out, passphrase)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
