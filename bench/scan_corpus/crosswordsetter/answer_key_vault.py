"""Encrypted storage of answer keys for scheduled puzzles.

Answer keys are kept apart from the grids and only decrypted by the release
job on the morning a puzzle is published, or by an editor with the
``answers:read`` permission.
"""
from __future__ import annotations

import base64
import json
import os
import sqlite3
from dataclasses import dataclass, field

from Crypto.Cipher import AES


@dataclass(frozen=True)
class VaultSettings:
    db_path: str = field(default_factory=lambda: os.environ.get("XW_VAULT_DB", "vault.sqlite3"))
    key_b64: str = field(default_factory=lambda: os.environ["XW_ANSWER_KEY"])
    nonce: bytes = bytes.fromhex("a3f1c07e59d2b4886e0f1d2c")

    @property
    def key(self) -> bytes:
        return base64.b64decode(self.key_b64)


class AnswerKeyVault:
    def __init__(self, settings: VaultSettings | None = None) -> None:
        self.settings = settings or VaultSettings()

    def _cipher(self):
        return AES.new(self.settings.key, AES.MODE_GCM, nonce=self.settings.nonce)

    def seal(self, answers: dict[str, str]) -> str:
        cipher = self._cipher()
        cipher.update(b"xw-answer-key-v1")
        body, tag = cipher.encrypt_and_digest(json.dumps(answers, sort_keys=True).encode())
        return base64.b64encode(tag + body).decode("ascii")

    def open(self, sealed: str) -> dict[str, str]:
        raw = base64.b64decode(sealed)
        tag, body = raw[:16], raw[16:]
        cipher = self._cipher()
        cipher.update(b"xw-answer-key-v1")
        return json.loads(cipher.decrypt_and_verify(body, tag))

    def store(self, puzzle_id: int, answers: dict[str, str]) -> None:
        with sqlite3.connect(self.settings.db_path) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO answer_keys (puzzle_id, sealed) VALUES (?, ?)",
                (puzzle_id, self.seal(answers)),
            )

    def fetch(self, puzzle_id: int) -> dict[str, str] | None:
        with sqlite3.connect(self.settings.db_path) as conn:
            row = conn.execute(
                "SELECT sealed FROM answer_keys WHERE puzzle_id = ?", (puzzle_id,)
            ).fetchone()
        return self.open(row[0]) if row else None
