"""Seals the payload written to the RFID tags on our stainless kegs (owner, fill, batch)."""
from __future__ import annotations

import base64
import json
import os
import struct
from dataclasses import asdict, dataclass
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

TAG_VERSION = 2
NONCE_BYTES = 12


@dataclass
class KegTagPayload:
    keg_serial: str
    owner: str
    batch_code: str
    filled_on: str
    litres: int

    @classmethod
    def for_fill(cls, keg_serial: str, batch_code: str, litres: int) -> "KegTagPayload":
        return cls(
            keg_serial=keg_serial,
            owner=os.environ.get("BREWERY_OWNER_CODE", "OMB"),
            batch_code=batch_code,
            filled_on=date.today().isoformat(),
            litres=litres,
        )


class TagSealer:
    """Authenticated encryption so a tag cannot be cloned onto another brewery's keg."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("tag key must be 32 bytes")
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_env(cls) -> "TagSealer":
        return cls(base64.b64decode(os.environ["KEG_TAG_KEY_B64"]))

    def seal(self, payload: KegTagPayload) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        header = struct.pack(">B", TAG_VERSION)
        body = json.dumps(asdict(payload), separators=(",", ":")).encode("utf-8")
        aad = header + payload.keg_serial.encode("ascii")
        return header + nonce + self._aead.encrypt(nonce, body, aad)

    def unseal(self, blob: bytes, keg_serial: str) -> KegTagPayload:
        header, nonce, body = blob[:1], blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        if struct.unpack(">B", header)[0] != TAG_VERSION:
            raise ValueError("unsupported tag version")
        aad = header + keg_serial.encode("ascii")
        data = json.loads(self._aead.decrypt(nonce, body, aad))
        return KegTagPayload(**data)


if __name__ == "__main__":
    sealer = TagSealer.from_env()
    tag = sealer.seal(KegTagPayload.for_fill("KG-30-00417", "B2406-IPA", 30))
    print(len(tag), "bytes to write")
    print(sealer.unseal(tag, "KG-30-00417"))
