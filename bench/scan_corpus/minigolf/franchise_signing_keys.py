"""Key management for signing the monthly franchise reports sent to head office."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072
PUBLIC_EXPONENT = 65537


def generate_keypair(out_dir: Path, passphrase: bytes) -> tuple[Path, Path]:
    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    out_dir.mkdir(parents=True, exist_ok=True)
    private_path = out_dir / "franchise_report_signing.pem"
    public_path = out_dir / "franchise_report_signing.pub.pem"

    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)

    public_path.write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return private_path, public_path


def sign_report(private_path: Path, passphrase: bytes, report: bytes) -> bytes:
    key = serialization.load_pem_private_key(private_path.read_bytes(), password=passphrase)
    return key.sign(
        report,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def verify_report(public_path: Path, report: bytes, signature: bytes) -> bool:
    key = serialization.load_pem_public_key(public_path.read_bytes())
    try:
        key.verify(
            signature,
            report,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
    except InvalidSignature:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a franchise report signing key")
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    passphrase = os.environ["REPORT_KEY_PASSPHRASE"].encode("utf-8")
    private_path, public_path = generate_keypair(args.out_dir, passphrase)
    print(f"private key: {private_path}\npublic key:  {public_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
