"""Encrypted state blobs for caster overlay sessions.

The overlay control panel stores its scene state in the browser's local
storage between sessions; we hand it an opaque encrypted blob.
"""
import json
import os

import nacl.secret
import nacl.utils
from nacl.exceptions import CryptoError


class OverlayStateBox:
    def __init__(self, key: bytes | None = None):
        if key is None:
            key = bytes.fromhex(os.environ["OVERLAY_STATE_KEY"])
        self._box = nacl.secret.SecretBox(key)

    def pack(self, state: dict) -> bytes:
        raw = json.dumps(state, separators=(",", ":")).encode()
        nonce = nacl.utils.random(nacl.secret.SecretBox.NONCE_SIZE)
        return self._box.encrypt(raw, nonce)

    def unpack(self, blob: bytes) -> dict:
        try:
            raw = self._box.decrypt(blob)
        except CryptoError as exc:
            raise ValueError("overlay state blob rejected") from exc
        return json.loads(raw)


def default_state(match_id: int) -> dict:
    return {
        "match_id": match_id,
        "scene": "pregame",
        "lower_third": None,
        "show_bracket": False,
        "sponsor_rotation": [],
    }
