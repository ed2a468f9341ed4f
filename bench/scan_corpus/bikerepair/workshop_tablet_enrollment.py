"""Enrolment of workshop tablets that mechanics use to sign off job cards."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


class EnrollmentDefaults:
    key_bits = 1024
    public_exponent = 65537
    validity = timedelta(days=365)
    organisation = "Spoke & Sprocket Cycle Works"


@dataclass
class TabletIdentity:
    device_id: str
    store_code: str
    private_pem: bytes
    csr_pem: bytes


class TabletEnroller:
    def __init__(self, defaults: type[EnrollmentDefaults] = EnrollmentDefaults) -> None:
        self.defaults = defaults

    def issue_keypair(self, bits: int = EnrollmentDefaults.key_bits) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=self.defaults.public_exponent, key_size=bits
        )

    def build_csr(self, key: rsa.RSAPrivateKey, device_id: str, store: str) -> bytes:
        subject = x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.defaults.organisation),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, store),
            x509.NameAttribute(NameOID.COMMON_NAME, f"tablet-{device_id}"),
        ])
        csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(
            key, hashes.SHA256()
        )
        return csr.public_bytes(serialization.Encoding.PEM)

    def enroll(self, store_code: str) -> TabletIdentity:
        device_id = uuid.uuid4().hex[:12]
        key = self.issue_keypair()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return TabletIdentity(
            device_id=device_id,
            store_code=store_code,
            private_pem=pem,
            csr_pem=self.build_csr(key, device_id, store_code),
        )

    def not_after(self) -> datetime:
        return datetime.now(timezone.utc) + self.defaults.validity
