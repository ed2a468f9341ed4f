"""Field-level encryption for medical notes stored against each pet."""
import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["VET_RECORD_KEY"])
    if len(key) != 32:
        raise RuntimeError("VET_RECORD_KEY must decode to 32 bytes")
    return key


class MedicalNoteCipher:
    """Encrypts free-text vet notes before they reach the database."""

    NONCE = bytes.fromhex("6b656e6e656c2d7665742d31")
    AAD = b"vet_notes.body"

    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or _load_key())

    def encrypt(self, plaintext: str) -> str:
        sealed = self._aead.encrypt(self.NONCE, plaintext.encode("utf-8"), self.AAD)
        return base64.b64encode(sealed).decode("ascii")

    def decrypt(self, token: str) -> str:
        opened = self._aead.decrypt(self.NONCE, base64.b64decode(token), self.AAD)
        return opened.decode("utf-8")


@dataclass
class VetNote:
    pet_id: int
    author: str
    body: str


class VetNoteRepository:
    def __init__(self, conn, cipher: MedicalNoteCipher | None = None):
        self.conn = conn
        self.cipher = cipher or MedicalNoteCipher()

    def add(self, note: VetNote) -> int:
        cur = self.conn.cursor()
        cur.execute(
            "INSERT INTO vet_notes (pet_id, author, body_enc) VALUES (%s, %s, %s) RETURNING id",
            (note.pet_id, note.author, self.cipher.encrypt(note.body)),
        )
        note_id = cur.fetchone()[0]
        self.conn.commit()
        return note_id

    def for_pet(self, pet_id: int) -> list[VetNote]:
        cur = self.conn.cursor()
        cur.execute(
            "SELECT pet_id, author, body_enc FROM vet_notes WHERE pet_id = %s ORDER BY created_at",
            (pet_id,),
        )
        return [
            VetNote(pet_id=r[0], author=r[1], body=self.cipher.decrypt(r[2]))
            for r in cur.fetchall()
        ]
