"""Provisions device keys for new road weather stations before field installation."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from cryptography import x509


@dataclass(frozen=True)
class KeyPolicy:
    key_bits: int = 3072
    public_exponent: int = 65537


class StationProvisioner:
    def __init__(self, out_dir: Path, policy: KeyPolicy = KeyPolicy()) -> None:
        self.out_dir = out_dir
        self.policy = policy

    def _new_key(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.key_bits,
        )

    def _csr(self, key: rsa.RSAPrivateKey, station_id: str) -> x509.CertificateSigningRequest:
        subject = x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "City Winter Road Service"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Road Weather Stations"),
            x509.NameAttribute(NameOID.COMMON_NAME, station_id),
        ])
        return x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())

    def provision(self, station_id: str, passphrase: bytes) -> tuple[Path, Path]:
        key = self._new_key()
        key_path = self.out_dir / f"{station_id}.key.pem"
        csr_path = self.out_dir / f"{station_id}.csr.pem"
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        csr_path.write_bytes(self._csr(key, station_id).public_bytes(serialization.Encoding.PEM))
        return key_path, csr_path
