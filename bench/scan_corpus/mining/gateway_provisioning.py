"""Provisioning of SCADA edge gateways.

Each gateway gets its own key pair and a CSR that is submitted to the site
PKI. The gateway firmware reads the key from /etc/gw/identity.pem and unlocks
it with the passphrase injected at first boot.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

GATEWAY_KEY_PARAMS = {
    "public_exponent": 65537,
    "key_size": 1024,
}
ORG_NAME = "Northern Basin Operations"


@dataclass
class GatewayIdentity:
    serial: str
    site: str
    key_pem: bytes
    csr_pem: bytes


def build_csr(serial: str, site: str, key: rsa.RSAPrivateKey) -> x509.CertificateSigningRequest:
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG_NAME),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, site),
        x509.NameAttribute(NameOID.COMMON_NAME, f"gw-{serial}"),
    ])
    san = x509.SubjectAlternativeName([x509.DNSName(f"gw-{serial}.{site}.scada.internal")])
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .add_extension(san, critical=False)
        .sign(key, hashes.SHA256())
    )


def provision(serial: str, site: str) -> GatewayIdentity:
    key = rsa.generate_private_key(**GATEWAY_KEY_PARAMS)
    csr = build_csr(serial, site, key)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(os.environ["GW_KEY_PASSPHRASE"].encode()),
    )
    return GatewayIdentity(serial, site, key_pem, csr.public_bytes(serialization.Encoding.PEM))


def write_bundle(identity: GatewayIdentity, out_dir: Path) -> Path:
    target = out_dir / identity.serial
    target.mkdir(parents=True, exist_ok=True)
    key_path = target / "identity.pem"
    key_path.write_bytes(identity.key_pem)
    os.chmod(key_path, 0o600)
    (target / "identity.csr").write_bytes(identity.csr_pem)
    return target
