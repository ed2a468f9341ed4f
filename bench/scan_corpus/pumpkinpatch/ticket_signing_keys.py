"""Signing keys for offline-verifiable e-tickets.

Gate scanners hold the public key and check the signature on each QR code,
so entry keeps working when the field's mobile signal is poor.
"""
from __future__ import annotations

import argparse
import base64
import json
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072
PUBLIC_EXPONENT = 65537


def generate_keypair(passphrase: bytes) -> tuple[bytes, bytes]:
    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
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


def sign_ticket(private_pem: bytes, passphrase: bytes, ticket: dict) -> str:
    key = serialization.load_pem_private_key(private_pem, password=passphrase)
    body = json.dumps(ticket, sort_keys=True, separators=(",", ":")).encode("utf-8")
    signature = key.sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return base64.urlsafe_b64encode(body).decode() + "." + base64.urlsafe_b64encode(signature).decode()


def main() -> None:
    parser = argparse.ArgumentParser(description="Create the season's ticket signing key pair")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--passphrase-file", type=Path, required=True)
    args = parser.parse_args()

    passphrase = args.passphrase_file.read_bytes().strip()
    private_pem, public_pem = generate_keypair(passphrase)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    private_path = args.out_dir / "ticket-signing.key"
    private_path.write_bytes(private_pem)
    private_path.chmod(0o600)
    (args.out_dir / "ticket-signing.pub").write_bytes(public_pem)
    print(f"wrote key pair to {args.out_dir}")


if __name__ == "__main__":
    main()
