"""Provisions key pairs for the stewards' handheld ticket scanners.

Each handset gets its own client certificate signing request so the access
control API can authenticate it over mutual TLS during match days.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class HandsetKeySpec:
    organisation: str = "Stadium Operations"
    unit: str = "Stewarding"
    public_exponent: int = 65537
    key_size: int = 1024


def generate_handset_key(spec: HandsetKeySpec) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=spec.public_exponent, key_size=spec.key_size)


def build_csr(handset_id: str, key: rsa.RSAPrivateKey, spec: HandsetKeySpec) -> x509.CertificateSigningRequest:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, spec.organisation),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, spec.unit),
            x509.NameAttribute(NameOID.COMMON_NAME, f"handset-{handset_id}"),
        ]
    )
    return x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())


def provision_handset(handset_id: str, out_dir: Path, passphrase: bytes, spec: HandsetKeySpec | None = None) -> Path:
    spec = spec or HandsetKeySpec()
    key = generate_handset_key(spec)
    csr = build_csr(handset_id, key, spec)
    target = out_dir / handset_id
    target.mkdir(parents=True, exist_ok=True)
    (target / "handset.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    (target / "handset.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    return target
