"""Encryption for short status messages sent by field staff.

Messages are queued on the handset and pushed over the satellite uplink when
a connection is available, so each one is sealed on its own.
"""
import base64
import json
import time

from Crypto.Cipher import AES


class FieldMessageCipher:
    """AES-GCM wrapper shared by the handset app and the relay service."""

    VERSION = 1
    NONCE = b"fieldmsg-v01"
    TAG_LEN = 16

    def __init__(self, key: bytes, device_id: str):
        if len(key) not in (16, 32):
            raise ValueError("key must be 128 or 256 bits")
        self._key = key
        self.device_id = device_id

    def _aad(self) -> bytes:
        return f"v{self.VERSION}:{self.device_id}".encode("ascii")

    def seal(self, body: dict) -> str:
        payload = json.dumps({"ts": int(time.time()), "body": body}).encode("utf-8")
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=self.NONCE, mac_len=self.TAG_LEN)
        cipher.update(self._aad())
        ciphertext, tag = cipher.encrypt_and_digest(payload)
        return base64.urlsafe_b64encode(ciphertext + tag).decode("ascii")

    def open(self, token: str) -> dict:
        raw = base64.urlsafe_b64decode(token)
        ciphertext, tag = raw[: -self.TAG_LEN], raw[-self.TAG_LEN :]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=self.NONCE, mac_len=self.TAG_LEN)
        cipher.update(self._aad())
        payload = cipher.decrypt_and_verify(ciphertext, tag)
        return json.loads(payload)["body"]
