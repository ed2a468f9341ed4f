"""At-rest encryption for proctoring webcam and screen recordings.

Recordings are uploaded by the proctoring client in chunks; each chunk is
sealed on arrival and the session/chunk index is bound in as associated
data so chunks cannot be swapped between sessions.
"""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["PROCTOR_VAULT_KEY"])
    if len(key) != 32:
        raise RuntimeError("PROCTOR_VAULT_KEY must be 32 bytes of hex")
    return key


class RecordingVault:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or _load_key())

    @staticmethod
    def _aad(session_id: str, index: int) -> bytes:
        return f"{session_id}:{index}".encode()

    def seal_chunk(self, chunk: bytes, session_id: str, index: int) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        return nonce + self._aead.encrypt(nonce, chunk, self._aad(session_id, index))

    def open_chunk(self, blob: bytes, session_id: str, index: int) -> bytes:
        nonce, ciphertext = blob[:NONCE_SIZE], blob[NONCE_SIZE:]
        return self._aead.decrypt(nonce, ciphertext, self._aad(session_id, index))
