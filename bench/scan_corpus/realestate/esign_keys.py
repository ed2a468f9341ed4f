"""Key management for the document sealing service.

Every signed tenancy agreement is sealed with the agency's signing key so
that tampering after signature can be detected. Keys are rotated yearly and
the PEM output is stored in the secrets manager by the rotation job.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass
class SealingKey:
    private_pem: bytes
    certificate_pem: bytes
    not_after: dt.datetime


def _subject(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "GB"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Harbour & Vale Lettings"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


def new_sealing_key(common_name: str, valid_days: int = 365, key_size: int = 1024) -> SealingKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    name = _subject(common_name)
    now = dt.datetime.now(dt.timezone.utc)
    not_after = now + dt.timedelta(days=valid_days)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(not_after)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False,
            crl_sign=False, encipher_only=False, decipher_only=False,
        ), critical=True)
        .sign(key, hashes.SHA256())
    )
    passphrase = os.environ["SEALING_KEY_PASSPHRASE"].encode()
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    return SealingKey(
        private_pem=private_pem,
        certificate_pem=cert.public_bytes(serialization.Encoding.PEM),
        not_after=not_after,
    )
