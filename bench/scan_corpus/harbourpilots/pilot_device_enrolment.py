"""Enrols pilot tablets for mutual-TLS access to the dispatch API.

Each tablet gets its own RSA key pair and a client certificate signed by
the station's internal CA. The private key is delivered once, wrapped
with a one-time passphrase.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

DEVICE_KEY_BITS = 3072
CERT_VALIDITY = timedelta(days=365)


@dataclass
class EnrolmentBundle:
    device_id: str
    certificate_pem: bytes
    encrypted_key_pem: bytes
    passphrase: str


def _device_key(bits: int = DEVICE_KEY_BITS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def enrol_device(device_id: str, pilot_id: str, ca_key: rsa.RSAPrivateKey,
                 ca_cert: x509.Certificate) -> EnrolmentBundle:
    key = _device_key()
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Harbour Pilots"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"pilot:{pilot_id}"),
        x509.NameAttribute(NameOID.COMMON_NAME, device_id),
    ])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + CERT_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    passphrase = secrets.token_urlsafe(18)
    encrypted_key = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode()),
    )
    return EnrolmentBundle(
        device_id=device_id,
        certificate_pem=cert.public_bytes(serialization.Encoding.PEM),
        encrypted_key_pem=encrypted_key,
        passphrase=passphrase,
    )
