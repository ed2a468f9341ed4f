"""Seals private links to students' recorded lesson videos so they can be shared by email."""
import base64
import json
import os
import time
from typing import Optional

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

LINK_TTL_SECONDS = 7 * 24 * 3600
_ASSOCIATED = b"ukeschool-recording-link-v1"


class RecordingLinkSealer:
    def __init__(self, key: Optional[bytes] = None):
        self._aead = AESGCM(key or base64.b64decode(os.environ["RECORDING_LINK_KEY"]))

    def seal(self, student_id: int, recording_id: int) -> str:
        payload = json.dumps(
            {"s": student_id, "r": recording_id, "exp": int(time.time()) + LINK_TTL_SECONDS},
            separators=(",", ":"),
        ).encode("utf-8")
        nonce = os.urandom(12)
        sealed = nonce + self._aead.encrypt(nonce, payload, _ASSOCIATED)
        return base64.urlsafe_b64encode(sealed).decode("ascii").rstrip("=")

    def unseal(self, token: str) -> Optional[dict]:
        padded = token + "=" * (-len(token) % 4)
        try:
            raw = base64.urlsafe_b64decode(padded)
        except ValueError:
            return None
        if len(raw) < 12 + 16:
            return None
        nonce, body = raw[:12], raw[12:]
        try:
            payload = json.loads(self._aead.decrypt(nonce, body, _ASSOCIATED))
        except InvalidTag:
            return None
        if payload["exp"] < time.time():
            return None
        return {"student_id": payload["s"], "recording_id": payload["r"]}

    def share_url(self, base_url: str, student_id: int, recording_id: int) -> str:
        return f"{base_url.rstrip('/')}/recordings/shared/{self.seal(student_id, recording_id)}"
