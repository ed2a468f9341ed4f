"""Key material for chairside imaging sensors enrolling with the archive gateway."""
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass
class EnrolmentKeySettings:
    key_size: int = 3072
    public_exponent: int = 65537
    organisation: str = "Dental Group Imaging"


class SensorEnrolment:
    def __init__(self, settings: EnrolmentKeySettings | None = None):
        self.settings = settings or EnrolmentKeySettings()

    def new_key(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=self.settings.public_exponent,
            key_size=self.settings.key_size,
        )

    def build_csr(self, key: rsa.RSAPrivateKey, sensor_serial: str, clinic_code: str) -> bytes:
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.settings.organisation),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, clinic_code),
                x509.NameAttribute(NameOID.COMMON_NAME, f"sensor-{sensor_serial}"),
            ]
        )
        csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
        return csr.public_bytes(serialization.Encoding.PEM)

    def export_key(self, key: rsa.RSAPrivateKey, passphrase: bytes) -> bytes:
        return key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
