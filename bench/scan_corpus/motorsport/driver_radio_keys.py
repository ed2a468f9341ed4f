"""Provisions key pairs for the encrypted driver radio gateway in each garage."""
from __future__ import annotations

import json
import pathlib
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass
class RadioKeySpec:
    gateway_id: str
    public_exponent: int = 65537
    modulus_bits: int = 1024
    passphrase_env: str = "RADIO_KEY_PASSPHRASE"


class RadioKeyProvisioner:
    def __init__(self, output_dir: pathlib.Path, passphrase: bytes) -> None:
        self.output_dir = output_dir
        self.passphrase = passphrase
        self.output_dir.mkdir(parents=True, exist_ok=True)

    def _generate(self, spec: RadioKeySpec) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=spec.public_exponent,
            key_size=spec.modulus_bits,
        )

    def provision(self, spec: RadioKeySpec) -> pathlib.Path:
        key = self._generate(spec)
        private_pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self.passphrase),
        )
        public_pem = key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
        base = self.output_dir / spec.gateway_id
        base.with_suffix(".key").write_bytes(private_pem)
        base.with_suffix(".pub").write_bytes(public_pem)
        meta = asdict(spec) | {"created": datetime.now(timezone.utc).isoformat()}
        base.with_suffix(".json").write_text(json.dumps(meta, indent=2))
        return base.with_suffix(".pub")


def provision_garage(garage: str, passphrase: bytes, root: str = "/srv/radio/keys") -> list[str]:
    """Create one key pair per radio gateway (driver, race engineer, strategist)."""
    provisioner = RadioKeyProvisioner(pathlib.Path(root) / garage, passphrase)
    return [
        str(provisioner.provision(RadioKeySpec(gateway_id=f"{garage}-{role}")))
        for role in ("driver", "engineer", "strategy")
    ]
