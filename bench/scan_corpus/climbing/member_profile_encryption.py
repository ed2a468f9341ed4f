"""Encrypts sensitive member profile fields (medical notes, emergency contacts) at rest."""
import base64
import json
import os
from typing import Any

from Crypto.Cipher import AES

CIPHER_SETTINGS = {
    "key_env": "MEMBER_PROFILE_KEY",
    "mode": AES.MODE_GCM,
    "nonce_bytes": 12,
    "tag_bytes": 16,
}

ENCRYPTED_FIELDS = ("medical_notes", "emergency_contact", "date_of_birth")


def _load_key(settings: dict = CIPHER_SETTINGS) -> bytes:
    key = base64.b64decode(os.environ[settings["key_env"]])
    if len(key) != 32:
        raise ValueError("member profile key must be 256 bits")
    return key


class ProfileFieldCipher:
    def __init__(self, settings: dict = CIPHER_SETTINGS) -> None:
        self._key = _load_key(settings)
        self._mode = settings["mode"]
        self._nonce_len = settings["nonce_bytes"]
        self._tag_len = settings["tag_bytes"]

    def encrypt_value(self, value: Any, member_id: int) -> str:
        nonce = os.urandom(self._nonce_len)
        cipher = AES.new(self._key, self._mode, nonce=nonce, mac_len=self._tag_len)
        cipher.update(str(member_id).encode("ascii"))
        ct, tag = cipher.encrypt_and_digest(json.dumps(value).encode("utf-8"))
        return base64.b64encode(nonce + tag + ct).decode("ascii")

    def decrypt_value(self, token: str, member_id: int) -> Any:
        raw = base64.b64decode(token)
        nonce = raw[: self._nonce_len]
        tag = raw[self._nonce_len : self._nonce_len + self._tag_len]
        ct = raw[self._nonce_len + self._tag_len :]
        cipher = AES.new(self._key, self._mode, nonce=nonce, mac_len=self._tag_len)
        cipher.update(str(member_id).encode("ascii"))
        return json.loads(cipher.decrypt_and_verify(ct, tag))

    def seal_profile(self, profile: dict[str, Any]) -> dict[str, Any]:
        sealed = dict(profile)
        for name in ENCRYPTED_FIELDS:
            if sealed.get(name) is not None:
                sealed[name] = self.encrypt_value(sealed[name], profile["member_id"])
        return sealed

    def open_profile(self, profile: dict[str, Any]) -> dict[str, Any]:
        opened = dict(profile)
        for name in ENCRYPTED_FIELDS:
            if opened.get(name) is not None:
                opened[name] = self.decrypt_value(opened[name], profile["member_id"])
        return opened
