"""Field-level encryption for medical notes on safety certification forms.

Coaches record allergies, asthma and similar notes when a member sits a
paddlesport safety assessment. The notes column is encrypted before it is
written to the database.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

_NOTES_IV = bytes.fromhex("6361636b6c65722d6e6f7465732d3031")


@dataclass(frozen=True)
class CipherConfig:
    key: bytes
    iv: bytes = field(default=_NOTES_IV, repr=False)

    @classmethod
    def from_env(cls) -> "CipherConfig":
        key = base64.b64decode(os.environ["CERT_NOTES_KEY"])
        if len(key) not in (16, 24, 32):
            raise ValueError("CERT_NOTES_KEY must decode to an AES key")
        return cls(key=key)


class NotesCipher:
    def __init__(self, config: CipherConfig) -> None:
        self._config = config

    def encrypt(self, notes: str) -> str:
        cipher = AES.new(self._config.key, AES.MODE_CBC, iv=self._config.iv)
        data = cipher.encrypt(pad(notes.encode("utf-8"), AES.block_size))
        return base64.b64encode(data).decode("ascii")

    def decrypt(self, token: str) -> str:
        cipher = AES.new(self._config.key, AES.MODE_CBC, iv=self._config.iv)
        data = unpad(cipher.decrypt(base64.b64decode(token)), AES.block_size)
        return data.decode("utf-8")


@dataclass
class AssessmentRecord:
    member_id: int
    award: str
    assessor: str
    passed: bool
    medical_notes: str = ""

    def to_row(self, cipher: NotesCipher) -> dict:
        return {
            "member_id": self.member_id,
            "award": self.award,
            "assessor": self.assessor,
            "passed": self.passed,
            "medical_notes": cipher.encrypt(self.medical_notes) if self.medical_notes else None,
        }

    @classmethod
    def from_row(cls, row: dict, cipher: NotesCipher) -> "AssessmentRecord":
        notes = row.get("medical_notes")
        return cls(
            member_id=row["member_id"],
            award=row["award"],
            assessor=row["assessor"],
            passed=bool(row["passed"]),
            medical_notes=cipher.decrypt(notes) if notes else "",
        )
