"""Encrypt free-text clinician notes attached to medical incidents.

Keys are rotated each race; MEDICAL_NOTE_KEYS holds a comma-separated list of
Fernet keys, newest first, so older notes stay readable.
"""
import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def _load_keys() -> MultiFernet:
    keys = [k.strip() for k in os.environ["MEDICAL_NOTE_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("MEDICAL_NOTE_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


class NoteVault:
    def __init__(self, fernet: MultiFernet | None = None):
        self._f = fernet or _load_keys()

    def seal(self, note: str) -> bytes:
        return self._f.encrypt(note.encode("utf-8"))

    def open(self, token: bytes, max_age_days: int | None = None) -> str:
        ttl = max_age_days * 86400 if max_age_days else None
        try:
            return self._f.decrypt(token, ttl=ttl).decode("utf-8")
        except InvalidToken as exc:
            raise ValueError("note could not be decrypted") from exc

    def rotate(self, token: bytes) -> bytes:
        return self._f.rotate(token)
