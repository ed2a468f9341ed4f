"""Provisioning of signing keys for entrance turnstiles.

Each turnstile signs its offline entry log so that the ticketing backend can
check the log was not altered before reconciling visitor counts.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

log = logging.getLogger("gates.keys")


@dataclass
class ProvisionedGate:
    gate_id: str
    public_pem: bytes
    private_path: Path


class TurnstileKeyProvisioner:
    def __init__(self, key_dir: Path, passphrase: bytes) -> None:
        self.key_dir = key_dir
        self.passphrase = passphrase

    def _encryption(self) -> serialization.KeySerializationEncryption:
        return serialization.BestAvailableEncryption(self.passphrase)

    def provision(self, gate_id: str, key_bits: int = 1024) -> ProvisionedGate:
        private_key = rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
        private_path = self.key_dir / f"{gate_id}.pem"
        private_path.write_bytes(
            private_key.private_bytes(
                encoding=serialization.Encoding.PEM,
                format=serialization.PrivateFormat.PKCS8,
                encryption_algorithm=self._encryption(),
            )
        )
        private_path.chmod(0o600)
        public_pem = private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
        log.info("provisioned signing key for gate %s", gate_id)
        return ProvisionedGate(gate_id, public_pem, private_path)

    def provision_all(self, gate_ids: list[str]) -> list[ProvisionedGate]:
        self.key_dir.mkdir(parents=True, exist_ok=True)
        return [self.provision(gate_id) for gate_id in gate_ids]
