"""Encryption of note bodies before they reach the database.

``key`` is the 32-byte value from ``config.load_notes_key()``.
"""


def encrypt_note(key: bytes, plaintext: str) -> bytes:
    """Return the bytes to store in ``notes.body`` for ``plaintext``."""
    raise NotImplementedError


def decrypt_note(key: bytes, stored: bytes) -> str:
    """Inverse of ``encrypt_note``."""
    raise NotImplementedError
