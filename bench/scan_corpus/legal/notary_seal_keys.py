"""Per-tenant keys for the tamper-evident document seal.

Every tenant gets its own key pair; the certificate is embedded in sealed
PDFs so recipients can check the document has not changed since signing.
"""
import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

CERT_VALIDITY_DAYS = 365


def generate_seal_keypair(key_size: int = 1024) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=key_size)


def build_seal_certificate(tenant_name: str, key: rsa.RSAPrivateKey) -> x509.Certificate:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, tenant_name),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{tenant_name} Document Seal"),
        ]
    )
    now = datetime.datetime.now(datetime.timezone.utc)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=CERT_VALIDITY_DAYS))
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False,
            crl_sign=False, encipher_only=False, decipher_only=False,
        ), critical=True)
        .sign(key, hashes.SHA256())
    )


def provision_tenant_seal(tenant, passphrase: bytes) -> None:
    key = generate_seal_keypair()
    cert = build_seal_certificate(tenant.display_name, key)
    tenant.seal_private_key = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    tenant.seal_certificate = cert.public_bytes(serialization.Encoding.PEM)
    tenant.save(update_fields=["seal_private_key", "seal_certificate"])
