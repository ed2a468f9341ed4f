"""Encrypted storage for the RSTC diver medical questionnaire.

Answers are personal health data, so they are encrypted before they are
written to the bookings database and decrypted only when an instructor
opens the pre-dive check screen.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class MedicalQuestionnaire:
    diver_id: int
    answers: dict[str, bool]
    physician_clearance: bool
    signed_on: str

    @property
    def needs_clearance(self) -> bool:
        return any(self.answers.values()) and not self.physician_clearance


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["MEDICAL_FORM_KEY"])
    if len(key) != 32:
        raise RuntimeError("MEDICAL_FORM_KEY must decode to 32 bytes")
    return key


class MedicalFormCipher:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def seal(self, form: MedicalQuestionnaire) -> str:
        plaintext = json.dumps(asdict(form), sort_keys=True).encode("utf-8")
        blob = self._cipher().encrypt(pad(plaintext, AES.block_size))
        return base64.b64encode(blob).decode("ascii")

    def open(self, token: str) -> MedicalQuestionnaire:
        blob = base64.b64decode(token)
        plaintext = unpad(self._cipher().decrypt(blob), AES.block_size)
        return MedicalQuestionnaire(**json.loads(plaintext))


def store_questionnaire(conn, form: MedicalQuestionnaire, cipher: MedicalFormCipher) -> None:
    with conn:
        conn.execute(
            "INSERT OR REPLACE INTO medical_forms (diver_id, sealed, needs_clearance) "
            "VALUES (?, ?, ?)",
            (form.diver_id, cipher.seal(form), int(form.needs_clearance)),
        )


def load_questionnaire(conn, diver_id: int, cipher: MedicalFormCipher) -> MedicalQuestionnaire | None:
    row = conn.execute(
        "SELECT sealed FROM medical_forms WHERE diver_id = ?", (diver_id,)
    ).fetchone()
    return cipher.open(row[0]) if row else None
