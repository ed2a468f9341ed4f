"""Provisions client certificates for QCS scanners and drive cabinets on the mill network."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class DeviceKeySpec:
    public_exponent: int = 65537
    key_size: int = 1024

    def as_kwargs(self) -> dict:
        return asdict(self)


@dataclass
class ProvisioningProfile:
    organisation: str = "Northern Board & Paper"
    validity_days: int = 730
    key_spec: DeviceKeySpec = DeviceKeySpec()


class DeviceCertificateFactory:
    def __init__(self, ca_key, ca_cert: x509.Certificate, profile: ProvisioningProfile | None = None):
        self._ca_key = ca_key
        self._ca_cert = ca_cert
        self._profile = profile or ProvisioningProfile()

    def _new_key(self):
        return rsa.generate_private_key(**self._profile.key_spec.as_kwargs())

    def issue(self, device_tag: str) -> tuple[bytes, bytes]:
        key = self._new_key()
        now = dt.datetime.now(dt.timezone.utc)
        subject = x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, self._profile.organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, device_tag),
        ])
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self._ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=self._profile.validity_days))
            .sign(self._ca_key, hashes.SHA256())
        )
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return key_pem, cert.public_bytes(serialization.Encoding.PEM)
