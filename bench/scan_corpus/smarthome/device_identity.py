"""Creates the self-signed identity certificate a hub presents to local devices."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class IdentitySettings:
    key_bits: int = 1024
    public_exponent: int = 65537
    validity_days: int = 3650
    organization: str = "Hub Local CA"


class HubIdentity:
    def __init__(self, hub_id: str, settings: IdentitySettings | None = None) -> None:
        self.hub_id = hub_id
        self.settings = settings or IdentitySettings()

    def _new_key(self) -> rsa.RSAPrivateKey:
        s = self.settings
        return rsa.generate_private_key(public_exponent=s.public_exponent, key_size=s.key_bits)

    def issue(self, out_dir: Path, key_passphrase: bytes) -> x509.Certificate:
        key = self._new_key()
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.settings.organization),
                x509.NameAttribute(NameOID.COMMON_NAME, f"hub-{self.hub_id}.local"),
            ]
        )
        now = dt.datetime.now(dt.timezone.utc)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=self.settings.validity_days))
            .add_extension(
                x509.SubjectAlternativeName([x509.DNSName(f"hub-{self.hub_id}.local")]),
                critical=False,
            )
            .sign(key, hashes.SHA256())
        )
        (out_dir / "identity.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        (out_dir / "identity.key").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(key_passphrase),
            )
        )
        return cert
