"""Builds the encrypted consignee block printed in the courier label's 2D barcode."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad


@dataclass
class LabelCryptoSettings:
    key_hex: str = field(default_factory=lambda: os.environ.get("LABEL_PAYLOAD_KEY", ""))
    iv_length: int = 8


@dataclass
class Consignee:
    name: str
    street: str
    postcode: str
    phone: str
    order_ref: str


def _payload_cipher(key: bytes, iv: bytes):
    return Blowfish.new(key, Blowfish.MODE_CBC, iv)


class LabelPayloadEncoder:
    """Encodes consignee details so only the depot scanners can read them."""

    def __init__(self, settings: LabelCryptoSettings | None = None) -> None:
        self.settings = settings or LabelCryptoSettings()
        self.key = bytes.fromhex(self.settings.key_hex)

    def encode(self, consignee: Consignee) -> str:
        iv = os.urandom(self.settings.iv_length)
        raw = json.dumps(consignee.__dict__, separators=(",", ":")).encode("utf-8")
        cipher = _payload_cipher(self.key, iv)
        blob = iv + cipher.encrypt(pad(raw, Blowfish.block_size))
        return base64.b32encode(blob).decode("ascii").rstrip("=")

    def decode(self, text: str) -> Consignee:
        padded = text + "=" * (-len(text) % 8)
        blob = base64.b32decode(padded)
        iv, body = blob[: self.settings.iv_length], blob[self.settings.iv_length:]
        cipher = _payload_cipher(self.key, iv)
        raw = unpad(cipher.decrypt(body), Blowfish.block_size)
        return Consignee(**json.loads(raw))


def zpl_barcode_block(payload: str, x: int = 40, y: int = 620) -> str:
    return f"^FO{x},{y}^BQN,2,5^FDQA,{payload}^FS"
