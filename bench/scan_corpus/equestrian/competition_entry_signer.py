"""Signs competition entry confirmations sent to the regional federation.

Each confirmed entry (rider, horse, class) is signed so the federation's
results system can check that it came from our show office.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Dict

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYGEN_OPTS: Dict[str, Any] = {
    "public_exponent": 65537,
    "key_size": 1024,
}


@dataclass
class EntryConfirmation:
    show_id: str
    class_number: int
    rider_membership_no: str
    horse_passport_no: str
    entry_fee_pence: int

    def canonical(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode()


def generate_show_office_key(key_path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(**KEYGEN_OPTS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    key_path.write_bytes(pem)
    return key


def load_show_office_key(key_path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)


def sign_entry(key: rsa.RSAPrivateKey, entry: EntryConfirmation) -> bytes:
    return key.sign(
        entry.canonical(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def public_key_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")
