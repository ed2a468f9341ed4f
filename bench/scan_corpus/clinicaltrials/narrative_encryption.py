"""Field-level encryption for free-text AE narratives in the EDC mirror.

Narratives can contain names and dates that identify a subject, so the
reporting replica only ever stores them encrypted. The record id is bound
as associated data so a ciphertext cannot be moved to another record.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_NONCE_BYTES = 12
_TAG_BYTES = 16


class NarrativeCipher:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("narrative key must be 256 bits")
        self._key = key

    @classmethod
    def from_env(cls, var: str = "AE_NARRATIVE_KEY") -> "NarrativeCipher":
        return cls(base64.b64decode(os.environ[var]))

    def encrypt(self, text: str, record_id: str) -> str:
        nonce = os.urandom(_NONCE_BYTES)
        enc = Cipher(algorithms.AES(self._key), modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(record_id.encode())
        ct = enc.update(text.encode("utf-8")) + enc.finalize()
        return base64.b64encode(nonce + ct + enc.tag).decode("ascii")

    def decrypt(self, blob: str, record_id: str) -> str:
        raw = base64.b64decode(blob)
        nonce, ct, tag = raw[:_NONCE_BYTES], raw[_NONCE_BYTES:-_TAG_BYTES], raw[-_TAG_BYTES:]
        dec = Cipher(algorithms.AES(self._key), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(record_id.encode())
        return (dec.update(ct) + dec.finalize()).decode("utf-8")
