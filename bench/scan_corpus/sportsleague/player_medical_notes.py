"""Encryption of player medical notes (allergies, conditions) entered at registration.

Stored format: base64(nonce || ciphertext+tag). The registration id is bound
as associated data so a note cannot be moved onto another player's record.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12


class MedicalNotesCipher:
    key_env = "MEDICAL_NOTES_KEY"

    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or base64.b64decode(os.environ[self.key_env]))

    @staticmethod
    def _aad(registration_id: int) -> bytes:
        return f"registration:{registration_id}".encode()

    def seal(self, registration_id: int, note: str) -> str:
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, note.encode("utf-8"), self._aad(registration_id))
        return base64.b64encode(nonce + ct).decode("ascii")

    def open(self, registration_id: int, sealed: str) -> str:
        raw = base64.b64decode(sealed)
        nonce, ct = raw[:NONCE_SIZE], raw[NONCE_SIZE:]
        return self._aead.decrypt(nonce, ct, self._aad(registration_id)).decode("utf-8")


def reencrypt_all(rows, old: MedicalNotesCipher, new: MedicalNotesCipher):
    """Yield (registration_id, sealed) pairs re-encrypted under a rotated key."""
    for registration_id, sealed in rows:
        yield registration_id, new.seal(registration_id, old.open(registration_id, sealed))
