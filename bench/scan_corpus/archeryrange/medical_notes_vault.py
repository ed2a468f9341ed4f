"""Encrypted storage for medical notes collected at beginner inductions.

Archers may declare conditions (epilepsy, heart conditions, shoulder
injuries) that the range safety officer needs to know about. The notes are
encrypted before they are written to the membership database.
"""
from __future__ import annotations

import base64
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class MedicalNote:
    member_no: str
    conditions: str
    emergency_contact: str


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["MEDICAL_NOTES_KEY"])
    if len(key) != 32:
        raise RuntimeError("MEDICAL_NOTES_KEY must be a base64 encoded 256-bit key")
    return key


class MedicalNotesVault:
    def __init__(self, db_path: str, key: Optional[bytes] = None) -> None:
        self._key = key or _load_key()
        self._conn = sqlite3.connect(db_path)

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def _encrypt(self, text: str) -> str:
        data = pad(text.encode("utf-8"), AES.block_size)
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def _decrypt(self, blob: str) -> str:
        data = self._cipher().decrypt(base64.b64decode(blob))
        return unpad(data, AES.block_size).decode("utf-8")

    def save(self, note: MedicalNote) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO medical_notes (member_no, conditions, emergency_contact) "
                "VALUES (?, ?, ?)",
                (note.member_no, self._encrypt(note.conditions), self._encrypt(note.emergency_contact)),
            )

    def load(self, member_no: str) -> Optional[MedicalNote]:
        row = self._conn.execute(
            "SELECT conditions, emergency_contact FROM medical_notes WHERE member_no = ?",
            (member_no,),
        ).fetchone()
        if row is None:
            return None
        return MedicalNote(
            member_no=member_no,
            conditions=self._decrypt(row[0]),
            emergency_contact=self._decrypt(row[1]),
        )

    def purge(self, member_no: str) -> None:
        with self._conn:
            self._conn.execute("DELETE FROM medical_notes WHERE member_no = ?", (member_no,))
