"""Builds the encrypted payload written to members' RFID access cards at the front desk."""
from __future__ import annotations

import base64
import json
import os
import struct
from dataclasses import dataclass
from datetime import date

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

CARD_FORMAT_VERSION = 3


@dataclass
class CardHolder:
    member_id: int
    tier: str
    valid_until: date
    zones: tuple[str, ...] = ("street", "bowl")


def _card_key() -> bytes:
    raw = base64.b64decode(os.environ["CARD_WRITER_KEY"])
    return DES3.adjust_key_parity(raw[:24])


def encode_card(holder: CardHolder, key: bytes | None = None) -> bytes:
    key = key or _card_key()
    body = json.dumps(
        {
            "m": holder.member_id,
            "t": holder.tier,
            "u": holder.valid_until.isoformat(),
            "z": list(holder.zones),
        },
        separators=(",", ":"),
    ).encode("utf-8")
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    header = struct.pack(">BH", CARD_FORMAT_VERSION, len(body))
    return header + iv + cipher.encrypt(pad(body, DES3.block_size))


def decode_card(blob: bytes, key: bytes | None = None) -> CardHolder:
    key = key or _card_key()
    version, length = struct.unpack(">BH", blob[:3])
    if version != CARD_FORMAT_VERSION:
        raise ValueError(f"unsupported card format {version}")
    iv, ciphertext = blob[3:11], blob[11:]
    decipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    body = unpad(decipher.decrypt(ciphertext), DES3.block_size)[:length]
    data = json.loads(body)
    return CardHolder(
        member_id=int(data["m"]),
        tier=data["t"],
        valid_until=date.fromisoformat(data["u"]),
        zones=tuple(data["z"]),
    )


def card_allows(blob: bytes, zone: str, today: date | None = None) -> bool:
    holder = decode_card(blob)
    today = today or date.today()
    return holder.valid_until >= today and zone in holder.zones
