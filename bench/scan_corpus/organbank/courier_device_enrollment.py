"""Enrols tracking devices fitted to organ transport boxes with the telemetry CA."""
from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class EnrollmentPolicy:
    key_bits: int = 3072
    public_exponent: int = 65537
    organisation: str = "OrganBank Cold Chain"
    unit: str = "Transport Devices"


@dataclass
class DeviceCredentials:
    serial: str
    private_key_pem: bytes
    csr_pem: bytes


class DeviceEnroller:
    def __init__(self, policy: EnrollmentPolicy | None = None) -> None:
        self.policy = policy or EnrollmentPolicy()

    def _subject(self, serial: str) -> x509.Name:
        return x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.policy.organisation),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, self.policy.unit),
            x509.NameAttribute(NameOID.COMMON_NAME, f"box-{serial}"),
        ])

    def enroll(self, serial: str, wrap_passphrase: bytes) -> DeviceCredentials:
        key = rsa.generate_private_key(public_exponent=self.policy.public_exponent,
                                       key_size=self.policy.key_bits)
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(self._subject(serial))
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .sign(key, hashes.SHA256())
        )
        return DeviceCredentials(
            serial=serial,
            private_key_pem=key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(wrap_passphrase),
            ),
            csr_pem=csr.public_bytes(serialization.Encoding.PEM),
        )
