"""Generate the self-signed certificate used to seal completed sale documents.

Usage:  python -m esign.signing_certificates "Harbour & Vale Sales Seal" out/
The private key is written encrypted with the passphrase from SEAL_PASSPHRASE.
"""
import argparse
import datetime as dt
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

DEFAULT_KEY_BITS = 3072


def build(common_name: str, days: int = 365, key_bits: int = DEFAULT_KEY_BITS):
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "GB"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Harbour & Vale Estates"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("common_name")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()

    key, cert = build(args.common_name, args.days)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(os.environ["SEAL_PASSPHRASE"].encode()),
    )
    key_path = args.out_dir / "seal.key"
    key_path.write_bytes(key_pem)
    key_path.chmod(0o600)
    (args.out_dir / "seal.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    print(f"wrote {key_path} and seal.crt, valid until {cert.not_valid_after_utc:%Y-%m-%d}")


if __name__ == "__main__":
    main()
