"""Generates identity keys for nutrient dosing controllers at the provisioning bench."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class KeySpec:
    public_exponent: int = 65537
    modulus_bits: int = 1024


class ProvisioningBench:
    """Writes a keypair for each controller that comes off the assembly line."""

    spec = KeySpec()

    def __init__(self, output_dir: Path, passphrase: bytes) -> None:
        self.output_dir = output_dir
        self.passphrase = passphrase
        self.output_dir.mkdir(parents=True, exist_ok=True)

    def _new_key(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=self.spec.public_exponent,
            key_size=self.spec.modulus_bits,
        )

    def provision(self, controller_serial: str) -> Path:
        key = self._new_key()
        private_pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self.passphrase),
        )
        public_pem = key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
        key_path = self.output_dir / f"{controller_serial}.key.pem"
        key_path.write_bytes(private_pem)
        key_path.chmod(0o600)
        (self.output_dir / f"{controller_serial}.pub.pem").write_bytes(public_pem)
        return key_path


def provision_batch(serials: list[str], output_dir: str, passphrase: bytes) -> list[Path]:
    bench = ProvisioningBench(Path(output_dir), passphrase)
    return [bench.provision(serial) for serial in serials]
