"""Field-level encryption for children's medical and allergy notes.

The notes column is encrypted before it reaches Postgres so that database
dumps used for reporting never contain readable health information.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

KEY_ENV_VAR = "MEDICAL_NOTES_KEY"


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV_VAR])
    if len(key) not in (16, 24, 32):
        raise RuntimeError(f"{KEY_ENV_VAR} must decode to 16, 24 or 32 bytes")
    return key


class MedicalNotesVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def seal(self, note: str) -> str:
        if not note:
            return ""
        ciphertext = self._cipher().encrypt(pad(note.encode("utf-8"), _AES.block_size))
        return base64.b64encode(ciphertext).decode("ascii")

    def open(self, token: str) -> str:
        if not token:
            return ""
        plaintext = unpad(self._cipher().decrypt(base64.b64decode(token)), _AES.block_size)
        return plaintext.decode("utf-8")


_default_vault: MedicalNotesVault | None = None


def vault() -> MedicalNotesVault:
    global _default_vault
    if _default_vault is None:
        _default_vault = MedicalNotesVault()
    return _default_vault
