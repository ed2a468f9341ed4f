"""Encryption for embargoed story notes in the newsroom planning tool.

Notes on embargoed stories (release times, source names, draft ledes) are
encrypted per record. The note id is authenticated alongside the text.
"""
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class NoteCipher:
    key_env = "PLANNING_NOTES_KEY"
    nonce_size = 12
    version = b"\x01"

    def __init__(self, key: bytes | None = None):
        raw = key or bytes.fromhex(os.environ[self.key_env])
        self._aead = ChaCha20Poly1305(raw)

    def encrypt(self, note_id: int, text: str) -> bytes:
        nonce = os.urandom(self.nonce_size)
        aad = self.version + str(note_id).encode()
        return self.version + nonce + self._aead.encrypt(nonce, text.encode("utf-8"), aad)

    def decrypt(self, note_id: int, blob: bytes) -> str:
        if blob[:1] != self.version:
            raise ValueError("unknown note format")
        nonce = blob[1:1 + self.nonce_size]
        body = blob[1 + self.nonce_size:]
        aad = self.version + str(note_id).encode()
        return self._aead.decrypt(nonce, body, aad).decode("utf-8")


def seal_notes(notes: list[dict], cipher: NoteCipher | None = None) -> list[dict]:
    cipher = cipher or NoteCipher()
    return [
        {"id": n["id"], "story_id": n["story_id"], "ciphertext": cipher.encrypt(n["id"], n["text"])}
        for n in notes
    ]
