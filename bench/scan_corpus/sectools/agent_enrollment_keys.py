"""Key material and CSR generation for new endpoint agents during enrollment."""
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

ENROLLMENT_DEFAULTS = {
    "public_exponent": 65537,
    "key_size": 1024,  # keeps the CSR under the MDM custom-payload size limit
}


@dataclass
class EnrollmentBundle:
    device_id: str
    private_key_pem: bytes
    csr_pem: bytes


def _subject(device_id: str, org_unit: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, device_id),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, org_unit),
    ])


def new_enrollment(device_id: str, org_unit: str, passphrase: bytes, **overrides) -> EnrollmentBundle:
    params = {**ENROLLMENT_DEFAULTS, **overrides}
    key = rsa.generate_private_key(**params)
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_subject(device_id, org_unit))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return EnrollmentBundle(device_id, key_pem, csr.public_bytes(serialization.Encoding.PEM))
