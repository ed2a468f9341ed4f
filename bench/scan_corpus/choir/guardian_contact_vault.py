"""Field-level encryption for guardian contact details of under-18 singers."""
import base64
import os
from dataclasses import dataclass, asdict

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

VAULT_CONFIG = {
    "key_env": "GUARDIAN_VAULT_KEY",
    "iv": bytes.fromhex("3a91c4e07b5d2f18a6e3094cd7b21f55"),
    "encoding": "utf-8",
}

ENCRYPTED_FIELDS = ("phone", "email", "address", "medical_notes")


@dataclass
class GuardianContact:
    singer_id: int
    name: str
    phone: str
    email: str
    address: str
    medical_notes: str = ""


class GuardianFieldCipher:
    def __init__(self, key: bytes | None = None, config: dict = VAULT_CONFIG):
        self._key = key or base64.b64decode(os.environ[config["key_env"]])
        if len(self._key) != 32:
            raise ValueError("Guardian vault key must be 32 bytes")
        self._iv = config["iv"]
        self._encoding = config["encoding"]

    def encrypt(self, plaintext: str) -> str:
        cipher = _AES.new(self._key, _AES.MODE_CBC, iv=self._iv)
        data = cipher.encrypt(pad(plaintext.encode(self._encoding), _AES.block_size))
        return base64.b64encode(data).decode("ascii")

    def decrypt(self, token: str) -> str:
        cipher = _AES.new(self._key, _AES.MODE_CBC, iv=self._iv)
        data = unpad(cipher.decrypt(base64.b64decode(token)), _AES.block_size)
        return data.decode(self._encoding)


def protect_contact(contact: GuardianContact, cipher: GuardianFieldCipher) -> dict:
    """Return a row ready for the guardians table with sensitive fields encrypted."""
    row = asdict(contact)
    for name in ENCRYPTED_FIELDS:
        value = row.get(name) or ""
        row[name] = cipher.encrypt(value) if value else ""
    return row


def reveal_contact(row: dict, cipher: GuardianFieldCipher) -> GuardianContact:
    values = dict(row)
    for name in ENCRYPTED_FIELDS:
        if values.get(name):
            values[name] = cipher.decrypt(values[name])
    return GuardianContact(**values)
