"""Signing keys for published nurse rosters.

When the weekly roster is published, the PDF and the JSON export are
signed so that agency partners and the payroll service can confirm the
schedule has not been altered after approval.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


ROSTER_KEY_SETTINGS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


@dataclass
class RosterKeyStore:
    directory: Path
    passphrase: bytes

    def private_path(self, clinic_id: str) -> Path:
        return self.directory / f"{clinic_id}-roster.pem"


class RosterSigner:
    """Creates per-clinic signing keys and signs roster exports."""

    def __init__(self, store: RosterKeyStore, keygen_opts: dict | None = None) -> None:
        self._store = store
        self._keygen_opts = keygen_opts or ROSTER_KEY_SETTINGS

    def provision(self, clinic_id: str) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(**self._keygen_opts)
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._store.passphrase),
        )
        self._store.private_path(clinic_id).write_bytes(pem)
        return key

    def load(self, clinic_id: str) -> rsa.RSAPrivateKey:
        data = self._store.private_path(clinic_id).read_bytes()
        return serialization.load_pem_private_key(data, password=self._store.passphrase)

    def sign_roster(self, clinic_id: str, roster: dict) -> bytes:
        body = json.dumps(roster, sort_keys=True).encode()
        return self.load(clinic_id).sign(
            body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
