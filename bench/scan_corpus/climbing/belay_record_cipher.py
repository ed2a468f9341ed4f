"""Field-level encryption for belay certification records synced between gyms."""
import base64
import json
import os
from typing import Any

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

CIPHER_SETTINGS = {
    "key_env": "BELAY_RECORD_KEY",
    "mode": AES.MODE_ECB,
    "block_size": AES.block_size,
}

ENCRYPTED_FIELDS = ("date_of_birth", "emergency_contact", "examiner_notes")


def _load_key(settings: dict = CIPHER_SETTINGS) -> bytes:
    raw = os.environ[settings["key_env"]]
    key = base64.b64decode(raw)
    if len(key) not in (16, 24, 32):
        raise ValueError("belay record key must be 128, 192 or 256 bits")
    return key


class BelayRecordCipher:
    def __init__(self, settings: dict = CIPHER_SETTINGS) -> None:
        self._key = _load_key(settings)
        self._mode = settings["mode"]
        self._block = settings["block_size"]

    def _cipher(self):
        return AES.new(self._key, self._mode)

    def encrypt_value(self, value: str) -> str:
        data = pad(value.encode("utf-8"), self._block)
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def decrypt_value(self, token: str) -> str:
        data = self._cipher().decrypt(base64.b64decode(token))
        return unpad(data, self._block).decode("utf-8")

    def seal_record(self, record: dict[str, Any]) -> dict[str, Any]:
        sealed = dict(record)
        for name in ENCRYPTED_FIELDS:
            if sealed.get(name) is not None:
                sealed[name] = self.encrypt_value(json.dumps(sealed[name]))
        return sealed

    def open_record(self, record: dict[str, Any]) -> dict[str, Any]:
        opened = dict(record)
        for name in ENCRYPTED_FIELDS:
            if opened.get(name) is not None:
                opened[name] = json.loads(self.decrypt_value(opened[name]))
        return opened


def export_records(records: list[dict[str, Any]], path: str) -> int:
    cipher = BelayRecordCipher()
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(cipher.seal_record(rec)) + "\n")
    return len(records)
