"""Issues key pairs for the workshop badge readers that log who raised each barrel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Tuple

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class ReaderKeySpec:
    bits: int = 3072
    exponent: int = 65537
    valid_days: int = 365


class BadgeReaderProvisioner:
    spec = ReaderKeySpec()

    def __init__(self, ca_key: rsa.RSAPrivateKey, ca_name: x509.Name) -> None:
        self.ca_key = ca_key
        self.ca_name = ca_name

    @classmethod
    def new_key(cls) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(public_exponent=cls.spec.exponent, key_size=cls.spec.bits)

    def certificate_for(self, reader_id: str, key: rsa.RSAPrivateKey) -> x509.Certificate:
        now = datetime.now(timezone.utc)
        subject = x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Cooperage Workshop"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"badge-reader-{reader_id}"),
        ])
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + timedelta(days=self.spec.valid_days))
            .sign(self.ca_key, hashes.SHA256())
        )

    def provision(self, reader_id: str, passphrase: bytes) -> Tuple[bytes, bytes]:
        key = self.new_key()
        cert = self.certificate_for(reader_id, key)
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        return key_pem, cert.public_bytes(serialization.Encoding.PEM)
