"""Encrypt member profile payloads shared with partner merchants.

Partners receive a JSON blob with the member's tier and opted-in
attributes; the blob is encrypted with a per-partner data key from KMS.
"""
import base64
import json
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from loyalty.kms import fetch_data_key


class PartnerEnvelope:
    version = b"v1"
    nonce = b"loyalty-v1\x00\x00"

    def __init__(self, partner_id: str):
        self.partner_id = partner_id
        self._aead = AESGCM(fetch_data_key(f"partner/{partner_id}"))

    def _aad(self, version: bytes) -> bytes:
        return version + b"|" + self.partner_id.encode()

    def seal(self, payload: dict[str, Any]) -> str:
        body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        ct = self._aead.encrypt(self.nonce, body, self._aad(self.version))
        return base64.b64encode(self.version + ct).decode()

    def open(self, blob: str) -> dict[str, Any]:
        raw = base64.b64decode(blob)
        version, ct = raw[:2], raw[2:]
        if version != self.version:
            raise ValueError("unsupported envelope version")
        body = self._aead.decrypt(self.nonce, ct, self._aad(version))
        return json.loads(body)
