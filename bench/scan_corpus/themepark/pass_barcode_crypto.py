"""Encrypted payload carried in the season pass barcode.

Gate scanners hold the same key (pushed by the fleet manager) and decrypt
the barcode offline when the network to the main office is down.
"""
import base64
import json
import os
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class BarcodeSealer:
    NONCE = b"parkgate-v2\x00"
    AAD = b"season-pass"

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ["PASS_BARCODE_KEY"])
        self._aead = AESGCM(key)

    def seal(self, pass_id: str, tier: str, valid_until: date) -> str:
        payload = json.dumps(
            {"p": pass_id, "t": tier, "u": valid_until.isoformat()},
            separators=(",", ":"),
        ).encode()
        blob = self._aead.encrypt(self.NONCE, payload, self.AAD)
        return base64.b32encode(blob).decode().rstrip("=")

    def open(self, barcode: str) -> dict:
        padded = barcode + "=" * (-len(barcode) % 8)
        blob = base64.b32decode(padded)
        payload = self._aead.decrypt(self.NONCE, blob, self.AAD)
        data = json.loads(payload)
        return {"pass_id": data["p"], "tier": data["t"],
                "valid_until": date.fromisoformat(data["u"])}
