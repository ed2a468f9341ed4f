"""Encrypt outbound EDI 850/856 payloads before they go to the distributor drop box."""
import base64
import json
import os
from datetime import datetime, timezone

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class EdiPayloadSealer:
    """Wraps X12 documents in a small JSON envelope with an encrypted body."""

    def __init__(self, key: bytes, partner_id: str):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key
        self.partner_id = partner_id

    @classmethod
    def from_env(cls, partner_id: str) -> "EdiPayloadSealer":
        key = base64.b64decode(os.environ["EDI_PAYLOAD_KEY"])
        return cls(key, partner_id)

    def _encrypt(self, payload: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(payload) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.ECB()).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def envelope(self, doc_type: str, x12_text: str) -> str:
        body = self._encrypt(x12_text.encode("ascii"))
        return json.dumps(
            {
                "partner": self.partner_id,
                "doc_type": doc_type,
                "created": datetime.now(timezone.utc).isoformat(),
                "body": base64.b64encode(body).decode("ascii"),
            }
        )

    def write_batch(self, outbox: str, docs: list[tuple[str, str]]) -> list[str]:
        written = []
        for n, (doc_type, text) in enumerate(docs, start=1):
            path = os.path.join(outbox, f"{self.partner_id}_{doc_type}_{n:04d}.json")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(self.envelope(doc_type, text))
            written.append(path)
        return written
