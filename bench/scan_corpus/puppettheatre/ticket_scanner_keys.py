"""Provisions signing keys for the handheld ticket scanners used at touring venues."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class ScannerKeyPolicy:
    key_bits: int = 3072
    public_exponent: int = 65537
    key_dir: Path = Path("/etc/ticketing/scanners")


class ScannerKeyProvisioner:
    def __init__(self, policy: ScannerKeyPolicy = ScannerKeyPolicy()) -> None:
        self.policy = policy

    def _generate(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.key_bits,
        )

    def provision(self, scanner_id: str, passphrase: bytes) -> Path:
        key = self._generate()
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
        target = self.policy.key_dir / f"{scanner_id}.pem"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pem)
        target.chmod(0o600)
        return target

    @staticmethod
    def public_pem(key: rsa.RSAPrivateKey) -> bytes:
        return key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


def sign_scan_batch(key: rsa.RSAPrivateKey, batch: bytes) -> bytes:
    return key.sign(
        batch,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
