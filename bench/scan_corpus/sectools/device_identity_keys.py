"""Device identity key and CSR generation for agent enrollment."""
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEY_PARAMS = {
    "public_exponent": 65537,
    "key_size": 3072,
}


@dataclass
class IdentityBundle:
    device_id: str
    private_key_pem: bytes
    csr_pem: bytes


def new_identity(device_id: str, org_unit: str, passphrase: bytes) -> IdentityBundle:
    key = rsa.generate_private_key(**KEY_PARAMS)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, device_id),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, org_unit),
    ])
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(device_id)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return IdentityBundle(device_id, key_pem, csr.public_bytes(serialization.Encoding.PEM))
