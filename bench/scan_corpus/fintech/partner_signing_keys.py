"""Generates the key pair we use to sign settlement files for partner banks.

Run once per partner during onboarding:

    python -m settlement.partner_signing_keys --partner meridian --out keys/
"""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

# Matches the profile agreed in the partner onboarding checklist.
KEY_PROFILE = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def generate_keypair(passphrase: bytes) -> tuple[bytes, bytes]:
    private_key = rsa.generate_private_key(**KEY_PROFILE)
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
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partner", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    passphrase = os.environ["SETTLEMENT_KEY_PASSPHRASE"].encode()
    private_pem, public_pem = generate_keypair(passphrase)

    args.out.mkdir(parents=True, exist_ok=True)
    private_path = args.out / f"{args.partner}_signing.key"
    private_path.write_bytes(private_pem)
    private_path.chmod(0o600)
    (args.out / f"{args.partner}_signing.pub").write_bytes(public_pem)
    print(f"wrote key pair for {args.partner} to {args.out}")


if __name__ == "__main__":
    main()
