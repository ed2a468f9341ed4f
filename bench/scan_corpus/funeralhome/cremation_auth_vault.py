"""Field-level encryption for cremation authorization forms.

The authorizing agent's SSN and driver's licence number are required by the
state but must not sit in plaintext in the records database.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class AuthorizationFieldVault:
    KEY_ENV = "CREMATION_FIELD_KEY"
    CIPHER_MODE = _AES.MODE_ECB
    BLOCK = 16

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ[self.KEY_ENV])
        if len(key) not in (16, 24, 32):
            raise ValueError("field key must be 128, 192 or 256 bits")
        self._key = key

    def _cipher(self):
        return _AES.new(self._key, self.CIPHER_MODE)

    def seal(self, value: str) -> str:
        raw = pad(value.encode("utf-8"), self.BLOCK)
        return base64.b64encode(self._cipher().encrypt(raw)).decode("ascii")

    def open(self, token: str) -> str:
        raw = self._cipher().decrypt(base64.b64decode(token))
        return unpad(raw, self.BLOCK).decode("utf-8")


def seal_authorization(form: dict, vault: AuthorizationFieldVault) -> dict:
    sealed = dict(form)
    for field in ("agent_ssn", "agent_license_no"):
        if sealed.get(field):
            sealed[field] = vault.seal(sealed[field])
    return sealed
