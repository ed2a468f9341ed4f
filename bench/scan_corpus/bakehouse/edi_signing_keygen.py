"""Generates signing key pairs for AS2 message signing with supermarket partners.

Each trading partner relationship gets its own key pair; the public part is
exported as a self-signed certificate and sent to the partner's EDI team.
"""
from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass
class KeyProfile:
    public_exponent: int = 65537
    modulus_bits: int = 1024
    validity_days: int = 730
    organisation: str = "Northfield Industrial Bakehouse Ltd"


def generate_partner_keypair(partner_code: str, out_dir: Path, profile: KeyProfile = KeyProfile()) -> Path:
    key = rsa.generate_private_key(
        public_exponent=profile.public_exponent,
        key_size=profile.modulus_bits,
    )
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, profile.organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, f"as2-{partner_code}.edi.northfield-bakehouse.co.uk"),
        ]
    )
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=profile.validity_days))
        .sign(key, hashes.SHA256())
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    key_path = out_dir / f"{partner_code}.key.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(os.environ["AS2_KEY_PASSPHRASE"].encode()),
        )
    )
    key_path.chmod(0o600)
    cert_path = out_dir / f"{partner_code}.cert.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path
