"""Generate device credentials for smart meters on the factory provisioning line.

Each meter gets a key pair and a CSR which is submitted to the utility's
device CA; the private key is written to the meter's secure element.
"""
from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def generate_device_key(key_size: int = 1024, public_exponent: int = 65537) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=public_exponent, key_size=key_size)


def build_csr(private_key: rsa.RSAPrivateKey, serial: str, manufacturer: str) -> x509.CertificateSigningRequest:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, serial),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, manufacturer),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "AMI Devices"),
        ]
    )
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .sign(private_key, hashes.SHA256())
    )


def provision(serial: str, manufacturer: str, secure_element) -> bytes:
    key = generate_device_key()
    csr = build_csr(key, serial, manufacturer)
    secure_element.store_private_key(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return csr.public_bytes(serialization.Encoding.PEM)
