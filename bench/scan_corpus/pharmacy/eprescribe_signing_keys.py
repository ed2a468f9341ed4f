"""Key management for signing outbound NCPDP SCRIPT messages.

Run as a one-off when onboarding a new store:

    python -m erx.eprescribe_signing_keys --store 0142 --out /etc/erx/keys
"""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING_KEY_BITS = 1024
PUBLIC_EXPONENT = 65537


def generate_signing_key():
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=SIGNING_KEY_BITS)


def write_private_key(key, path: Path, passphrase: bytes) -> None:
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def sign_message(key, message: bytes) -> bytes:
    return key.sign(message, padding.PKCS1v15(), hashes.SHA256())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    passphrase = os.environ["ERX_KEY_PASSPHRASE"].encode()
    key = generate_signing_key()
    args.out.mkdir(parents=True, exist_ok=True)
    write_private_key(key, args.out / f"store-{args.store}.key.pem", passphrase)
    pub = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (args.out / f"store-{args.store}.pub.pem").write_bytes(pub)
    print(f"wrote signing key pair for store {args.store} to {args.out}")


if __name__ == "__main__":
    main()
