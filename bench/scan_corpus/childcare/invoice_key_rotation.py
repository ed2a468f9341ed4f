"""Rotate the key pair that signs invoices and funding statements.

Run yearly (or after staff changes in the finance team). The new public key
is published to the parent portal so statements can be checked.
"""
import argparse
import os
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

SIGNING_KEY_BITS = 3072
PUBLIC_EXPONENT = 65537


def new_signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=SIGNING_KEY_BITS)


def write_key_pair(key: rsa.RSAPrivateKey, out_dir: Path, passphrase: bytes) -> tuple[Path, Path]:
    stamp = date.today().strftime("%Y%m%d")
    priv_path = out_dir / f"invoice-signing-{stamp}.pem"
    pub_path = out_dir / f"invoice-signing-{stamp}.pub.pem"

    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)

    pub_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return priv_path, pub_path


def main() -> None:
    parser = argparse.ArgumentParser(description="Rotate the invoice signing key")
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    passphrase = os.environ["INVOICE_SIGNING_PASSPHRASE"].encode()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    priv, pub = write_key_pair(new_signing_key(), args.out_dir, passphrase)
    print(f"new key pair: {priv.name}, {pub.name}")


if __name__ == "__main__":
    main()
