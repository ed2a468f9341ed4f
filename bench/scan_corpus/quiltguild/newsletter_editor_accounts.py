"""Accounts for volunteers who edit and schedule the guild newsletter."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import bcrypt

MIN_PASSWORD_LENGTH = 12


@dataclass
class Editor:
    editor_id: int
    username: str
    can_publish: bool


def hash_editor_password(password: str, rounds: int = 12) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def check_editor_password(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored)


class EditorAccounts:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, username: str, password: str, can_publish: bool = False) -> Editor:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO editors (username, pw_hash, can_publish) VALUES (?, ?, ?)",
                (username, hash_editor_password(password), int(can_publish)),
            )
        return Editor(cur.lastrowid, username, can_publish)

    def sign_in(self, username: str, password: str) -> Editor | None:
        row = self._conn.execute(
            "SELECT editor_id, pw_hash, can_publish FROM editors WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None:
            return None
        editor_id, pw_hash, can_publish = row
        if not check_editor_password(password, pw_hash):
            return None
        return Editor(editor_id, username, bool(can_publish))

    def change_password(self, editor_id: int, current: str, new: str) -> bool:
        row = self._conn.execute(
            "SELECT pw_hash FROM editors WHERE editor_id = ?", (editor_id,)
        ).fetchone()
        if row is None or not check_editor_password(current, row[0]):
            return False
        if len(new) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        with self._conn:
            self._conn.execute(
                "UPDATE editors SET pw_hash = ? WHERE editor_id = ?",
                (hash_editor_password(new), editor_id),
            )
        return True
