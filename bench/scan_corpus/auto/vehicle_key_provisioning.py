"""Provisioning of per-vehicle identity keys at end-of-line.

The EOL station calls :func:`provision_vehicle` once the head unit reports
its VIN; the private key is written to the HSM slot and the CSR is forwarded
to the manufacturing CA.
"""
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

PUBLIC_EXPONENT = 65537
VEHICLE_KEY_BITS = 1024
CSR_ORG = "Mobility Manufacturing"


@dataclass
class ProvisioningResult:
    vin: str
    csr_pem: bytes
    key_der: bytes


def _new_vehicle_key(bits: int = VEHICLE_KEY_BITS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)


def provision_vehicle(vin: str) -> ProvisioningResult:
    key = _new_vehicle_key()
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, vin),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, CSR_ORG),
    ])
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .sign(key, hashes.SHA256())
    )
    key_der = key.private_bytes(
        encoding=serialization.Encoding.DER,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    return ProvisioningResult(
        vin=vin,
        csr_pem=csr.public_bytes(serialization.Encoding.PEM),
        key_der=key_der,
    )
