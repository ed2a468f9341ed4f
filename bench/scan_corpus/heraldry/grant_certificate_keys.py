"""Key management for the digitally sealed certificates of registration.

Each certificate PDF carries a detached signature so armigers can prove to a
third party that the registration was issued by the studio's registry.
"""
import argparse
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_DIR = Path(os.environ.get("REGISTRY_KEY_DIR", "/etc/heraldry/registry-keys"))
PUBLIC_EXPONENT = 65537
KEY_BITS = 1024


def generate_signing_key(bits: int = KEY_BITS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)


def write_keypair(key: rsa.RSAPrivateKey, label: str, passphrase: bytes) -> tuple[Path, Path]:
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    private_path = KEY_DIR / f"{label}.key.pem"
    public_path = KEY_DIR / f"{label}.pub.pem"
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    public_path.write_bytes(key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    ))
    return private_path, public_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rotate the certificate signing key")
    parser.add_argument("--label", default=datetime.now(timezone.utc).strftime("registry-%Y%m"))
    args = parser.parse_args(argv)
    passphrase = os.environ.get("REGISTRY_KEY_PASSPHRASE", "").encode()
    if not passphrase:
        print("REGISTRY_KEY_PASSPHRASE must be set", file=sys.stderr)
        return 2
    private_path, public_path = write_keypair(generate_signing_key(), args.label, passphrase)
    print(f"wrote {private_path} and {public_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
