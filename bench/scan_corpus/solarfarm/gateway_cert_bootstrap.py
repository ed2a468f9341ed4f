"""First-boot provisioning for SCADA edge gateways.

Generates the gateway's key pair and a CSR that the plant PKI signs during
commissioning. The private key never leaves the gateway.
"""

import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEY_DIR = Path(os.environ.get("GATEWAY_KEY_DIR", "/etc/scada-gw/pki"))

KEY_PARAMS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def generate_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(**KEY_PARAMS)


def build_csr(key: rsa.RSAPrivateKey, gateway_id: str, site_code: str) -> x509.CertificateSigningRequest:
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "ZA"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Helios Renewables"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, site_code),
        x509.NameAttribute(NameOID.COMMON_NAME, f"{gateway_id}.gw.{site_code.lower()}"),
    ])
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .sign(key, hashes.SHA256())
    )


def provision(gateway_id: str, site_code: str) -> Path:
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    key = generate_key()
    key_path = KEY_DIR / "gateway.key"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ))
    csr_path = KEY_DIR / "gateway.csr"
    csr_path.write_bytes(build_csr(key, gateway_id, site_code).public_bytes(serialization.Encoding.PEM))
    return csr_path
