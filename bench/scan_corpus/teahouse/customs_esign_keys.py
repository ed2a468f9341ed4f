"""Key management for the electronic signature on export health certificates."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class SignerProfile:
    organisation: str = "Leaf & Kettle Tea Importers Ltd"
    country: str = "GB"
    key_bits: int = 3072
    validity_days: int = 730


def new_signer_key(profile: SignerProfile = SignerProfile()) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=profile.key_bits)


def signing_request(key: rsa.RSAPrivateKey, officer: str, profile: SignerProfile) -> bytes:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, profile.country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, profile.organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, officer),
        ]
    )
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM)


def export_key(key: rsa.RSAPrivateKey) -> bytes:
    passphrase = os.environ["ESIGN_KEY_PASSPHRASE"].encode()
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )


def renewal_due(not_after: datetime, profile: SignerProfile = SignerProfile()) -> bool:
    window = timedelta(days=min(60, profile.validity_days // 10))
    return datetime.now(timezone.utc) >= not_after - window
