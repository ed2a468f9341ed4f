"""Internal certificate authority that signs client certificates for farm controllers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class CertProfile:
    key_bits: int = 3072
    public_exponent: int = 65537
    validity_days: int = 397
    organization: str = "Greenstack Farms"


class ControllerCA:
    def __init__(self, ca_cert: x509.Certificate, ca_key: rsa.RSAPrivateKey, profile: CertProfile | None = None) -> None:
        self.ca_cert = ca_cert
        self.ca_key = ca_key
        self.profile = profile or CertProfile()

    def _keypair(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=self.profile.public_exponent,
            key_size=self.profile.key_bits,
        )

    def issue(self, controller_serial: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        key = self._keypair()
        now = dt.datetime.now(dt.timezone.utc)
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.profile.organization),
                x509.NameAttribute(NameOID.COMMON_NAME, controller_serial),
            ]
        )
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=self.profile.validity_days))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(self.ca_key, hashes.SHA256())
        )
        return key, cert
