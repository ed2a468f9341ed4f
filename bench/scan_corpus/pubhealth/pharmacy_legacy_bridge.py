"""Bridge that relays stock-level updates to the legacy dispensary controller.

The controller firmware only understands its own framed format; frames are
encrypted with the shared key provisioned by the vendor.
"""
import os
import struct
from dataclasses import dataclass

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


@dataclass
class StockUpdate:
    sku: str
    on_hand: int
    location: str


def _frame(update: StockUpdate) -> bytes:
    body = f"{update.sku}|{update.on_hand}|{update.location}".encode("ascii")
    return struct.pack(">H", len(body)) + body


def seal(update: StockUpdate) -> bytes:
    key = bytes.fromhex(os.environ["DISPENSARY_LINK_KEY"])
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(_frame(update), 8))
