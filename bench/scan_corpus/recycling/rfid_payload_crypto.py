"""Encrypt the household record kept in the back-office RFID registry export.

The export is shared with the bin supplier so they can pre-program tags;
each record is encrypted individually so rows can be decrypted on demand.
"""

import base64
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

CIPHER_PROFILE = {
    "key_env": "RFID_EXPORT_KEY_HEX",
    "mode": _AES.MODE_GCM,
    "nonce_bytes": 12,
    "tag_bytes": 16,
}


class RecordCipher:
    def __init__(self, key: bytes | None = None, profile: dict = CIPHER_PROFILE):
        self._p = profile
        self._key = key or bytes.fromhex(os.environ[profile["key_env"]])

    def seal(self, tag_uid: str, record: dict) -> str:
        nonce = get_random_bytes(self._p["nonce_bytes"])
        cipher = _AES.new(self._key, self._p["mode"], nonce=nonce, mac_len=self._p["tag_bytes"])
        cipher.update(tag_uid.encode())
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(record).encode())
        return base64.urlsafe_b64encode(nonce + tag + ciphertext).decode()

    def open(self, tag_uid: str, token: str) -> dict:
        blob = base64.urlsafe_b64decode(token)
        n, t = self._p["nonce_bytes"], self._p["tag_bytes"]
        nonce, tag, ciphertext = blob[:n], blob[n : n + t], blob[n + t :]
        cipher = _AES.new(self._key, self._p["mode"], nonce=nonce, mac_len=t)
        cipher.update(tag_uid.encode())
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
