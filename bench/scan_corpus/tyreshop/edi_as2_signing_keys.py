"""Key material for the AS2 channel to parts suppliers.

Purchase orders (ORDERS) and despatch advices (DESADV) are exchanged with
tyre and parts wholesalers over AS2. Each trading partner profile gets its
own signing key; the public certificate is mailed to the partner on setup.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

PARTNER_PROFILE_DEFAULTS = {
    "key_size": 1024,
    "public_exponent": 65537,
}

CERT_VALIDITY_DAYS = 730


def generate_partner_key(**overrides) -> rsa.RSAPrivateKey:
    key_opts = {**PARTNER_PROFILE_DEFAULTS, **overrides}
    return rsa.generate_private_key(**key_opts)


def self_signed_certificate(key: rsa.RSAPrivateKey, as2_id: str) -> x509.Certificate:
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Tyre & Service Group"),
            x509.NameAttribute(NameOID.COMMON_NAME, as2_id),
        ]
    )
    now = dt.datetime.now(dt.timezone.utc)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=CERT_VALIDITY_DAYS))
        .sign(key, hashes.SHA256())
    )


def provision_partner(as2_id: str, out_dir: Path, passphrase: bytes) -> Path:
    key = generate_partner_key()
    cert = self_signed_certificate(key, as2_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{as2_id}.key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    cert_path = out_dir / f"{as2_id}.crt.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path
