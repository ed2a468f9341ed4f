"""CLI helper used when onboarding a new distributor for AS2/EDI exchange.

Generates the signing key pair for the partner relationship and writes the
private key to the keystore directory and the public key for sending to
the partner.
"""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEYSTORE = Path(os.environ.get("EDI_KEYSTORE", "/etc/brewery/edi/keys"))


def generate_partner_keypair(partner_id: str, passphrase: bytes, bits: int = 1024) -> Path:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    partner_dir = KEYSTORE / partner_id
    partner_dir.mkdir(parents=True, exist_ok=True, mode=0o700)

    private_path = partner_dir / "signing_key.pem"
    private_path.write_bytes(
        private_key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
    )
    os.chmod(private_path, 0o600)

    public_path = partner_dir / "signing_key.pub.pem"
    public_path.write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return public_path


def main() -> None:
    parser = argparse.ArgumentParser(description="Create AS2 signing keys for a distributor")
    parser.add_argument("partner_id", help="distributor code, e.g. NWBEV")
    args = parser.parse_args()
    passphrase = os.environ["EDI_KEYSTORE_PASSPHRASE"].encode()
    public_path = generate_partner_keypair(args.partner_id, passphrase)
    print(f"Public key for {args.partner_id} written to {public_path}")


if __name__ == "__main__":
    main()
