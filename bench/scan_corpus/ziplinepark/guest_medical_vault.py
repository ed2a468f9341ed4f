"""Encryption for the medical declarations guests fill in on their waiver.

Weight, conditions and medication are needed by the instructors on the
day, but are stored encrypted at rest in the bookings database.
"""
import base64
import json
import os
import sqlite3
from dataclasses import asdict, dataclass, field

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MAX_WEIGHT_KG = 125.0


@dataclass
class MedicalDeclaration:
    guest_id: int
    weight_kg: float
    conditions: list[str] = field(default_factory=list)
    medications: list[str] = field(default_factory=list)
    pregnant: bool = False


class MedicalVault:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("vault key must be 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "MedicalVault":
        return cls(base64.b64decode(os.environ["ZP_MEDICAL_VAULT_KEY"]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, declaration: MedicalDeclaration) -> str:
        plaintext = json.dumps(asdict(declaration), separators=(",", ":")).encode()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(padded) + encryptor.finalize()).decode()

    def open(self, blob: str) -> MedicalDeclaration:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(base64.b64decode(blob)) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        data = json.loads(unpadder.update(padded) + unpadder.finalize())
        return MedicalDeclaration(**data)


def requires_review(declaration: MedicalDeclaration) -> bool:
    return declaration.pregnant or declaration.weight_kg > MAX_WEIGHT_KG or bool(declaration.conditions)


def store_declaration(db: sqlite3.Connection, vault: MedicalVault, declaration: MedicalDeclaration) -> None:
    db.execute(
        "INSERT INTO medical_declarations (guest_id, sealed, needs_review) VALUES (?, ?, ?) "
        "ON CONFLICT (guest_id) DO UPDATE SET sealed = excluded.sealed, needs_review = excluded.needs_review",
        (declaration.guest_id, vault.seal(declaration), int(requires_review(declaration))),
    )
    db.commit()
