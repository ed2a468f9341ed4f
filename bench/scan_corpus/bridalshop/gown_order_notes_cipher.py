"""Encrypts private consultation notes attached to gown orders."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class NotesKeyConfig:
    key_env: str = "ORDER_NOTES_KEY"
    nonce_size: int = 12
    version: bytes = b"\x01"


class OrderNotesCipher:
    def __init__(self, config: NotesKeyConfig = NotesKeyConfig()) -> None:
        self.config = config
        self._aead = AESGCM(base64.b64decode(os.environ[config.key_env]))

    def _aad(self, order_id: int) -> bytes:
        return self.config.version + order_id.to_bytes(8, "big")

    def seal(self, order_id: int, note: str) -> str:
        nonce = os.urandom(self.config.nonce_size)
        ciphertext = self._aead.encrypt(nonce, note.encode("utf-8"), self._aad(order_id))
        return base64.b64encode(self.config.version + nonce + ciphertext).decode("ascii")

    def open(self, order_id: int, token: str) -> str:
        raw = base64.b64decode(token)
        version, rest = raw[:1], raw[1:]
        if version != self.config.version:
            raise ValueError("unknown notes format")
        nonce, ciphertext = rest[: self.config.nonce_size], rest[self.config.nonce_size :]
        return self._aead.decrypt(nonce, ciphertext, self._aad(order_id)).decode("utf-8")


@dataclass
class ConsultationNote:
    order_id: int
    stylist: str
    body: str


def persist_note(conn, cipher: OrderNotesCipher, note: ConsultationNote) -> None:
    conn.execute(
        "INSERT INTO order_notes (order_id, stylist, body_enc) VALUES (?, ?, ?)",
        (note.order_id, note.stylist, cipher.seal(note.order_id, note.body)),
    )
