"""Provisions device identities for cheese-aging cellar gateways.

Each cellar gateway reports humidity, temperature and turning-robot
status, and authenticates to the plant MQTT broker with a client
certificate signed by the cooperative's internal CA.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class DeviceKeyPolicy:
    public_exponent: int = 65537
    modulus_bits: int = 1024
    csr_hash: str = "SHA256"


@dataclass
class CellarGateway:
    cellar_id: str
    site: str
    serial: str

    @property
    def common_name(self) -> str:
        return f"cellar-{self.site}-{self.cellar_id}-{self.serial}".lower()


def generate_identity(gateway: CellarGateway, policy: DeviceKeyPolicy = DeviceKeyPolicy()):
    key = rsa.generate_private_key(public_exponent=policy.public_exponent, key_size=policy.modulus_bits)
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Valley Dairy Cooperative"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"Cellars {gateway.site}"),
        x509.NameAttribute(NameOID.COMMON_NAME, gateway.common_name),
    ])
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .sign(key, getattr(hashes, policy.csr_hash)())
    )
    return key, csr


def write_identity(gateway: CellarGateway, out_dir: Path) -> tuple[Path, Path]:
    key, csr = generate_identity(gateway)
    out_dir.mkdir(parents=True, exist_ok=True)
    key_path = out_dir / f"{gateway.common_name}.key"
    csr_path = out_dir / f"{gateway.common_name}.csr"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    csr_path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    return key_path, csr_path
