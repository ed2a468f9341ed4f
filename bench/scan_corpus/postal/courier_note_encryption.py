"""Encryption of recipient delivery notes synced to courier handhelds.

Notes like "leave with neighbour at 12b" or door codes are encrypted at rest
in the sync bundle.  Each note is sealed with a fresh nonce that is stored
in front of the ciphertext.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class NoteCipher:
    key_env = "COURIER_NOTE_KEY"
    nonce_len = 12

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ[self.key_env])
        self._aead = AESGCM(key)

    def seal(self, tracking_number: str, note: dict) -> str:
        nonce = os.urandom(self.nonce_len)
        blob = json.dumps(note, separators=(",", ":")).encode()
        ct = self._aead.encrypt(nonce, blob, tracking_number.encode())
        return base64.urlsafe_b64encode(nonce + ct).decode()

    def open(self, tracking_number: str, token: str) -> dict:
        raw = base64.urlsafe_b64decode(token)
        nonce, ct = raw[: self.nonce_len], raw[self.nonce_len:]
        blob = self._aead.decrypt(nonce, ct, tracking_number.encode())
        return json.loads(blob)


def seal_route_notes(route: list[dict]) -> list[dict]:
    cipher = NoteCipher()
    return [
        {"tracking_number": stop["tracking_number"],
         "note": cipher.seal(stop["tracking_number"], {"text": stop.get("note", "")})}
        for stop in route
    ]
