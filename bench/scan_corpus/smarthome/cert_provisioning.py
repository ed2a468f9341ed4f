"""Builds the CSR a device submits to the provisioning service during first boot."""
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

DEFAULT_KEY_SIZE = 3072


@dataclass
class CsrRequest:
    serial: str
    model: str
    key_size: int = DEFAULT_KEY_SIZE
    dns_names: list[str] = field(default_factory=list)


class DeviceCsrBuilder:
    def __init__(self, organization: str) -> None:
        self.organization = organization

    def build(self, request: CsrRequest) -> tuple[bytes, bytes]:
        if request.key_size < 2048:
            raise ValueError("key size below provisioning policy")
        key = rsa.generate_private_key(public_exponent=65537, key_size=request.key_size)
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.organization),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, request.model),
                x509.NameAttribute(NameOID.COMMON_NAME, request.serial),
            ]
        )
        builder = x509.CertificateSigningRequestBuilder().subject_name(subject)
        if request.dns_names:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(n) for n in request.dns_names]),
                critical=False,
            )
        csr = builder.sign(key, hashes.SHA256())
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return csr.public_bytes(serialization.Encoding.PEM), key_pem
