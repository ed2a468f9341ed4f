"""Activation codes for the legacy (v3) desktop font manager.

Older installs still in the field expect an encrypted activation token
containing the licence id, seat number and expiry date.
"""

from __future__ import annotations

import base64
import os
import struct
from dataclasses import dataclass
from datetime import date

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad, unpad

_HEADER = struct.Struct(">I H I")


@dataclass
class Activation:
    licence_number: int
    seat: int
    expires: date


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["LEGACY_ACTIVATION_KEY"])
    return DES3.adjust_key_parity(key)


class ActivationCodec:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def encode(self, activation: Activation) -> str:
        iv = os.urandom(8)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        packed = _HEADER.pack(
            activation.licence_number,
            activation.seat,
            activation.expires.toordinal(),
        )
        token = iv + cipher.encrypt(pad(packed, 8))
        return base64.b32encode(token).decode("ascii").rstrip("=")

    def decode(self, code: str) -> Activation:
        padded = code.upper() + "=" * (-len(code) % 8)
        raw = base64.b32decode(padded)
        iv, body = raw[:8], raw[8:]
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        licence_number, seat, ordinal = _HEADER.unpack(unpad(cipher.decrypt(body), 8))
        return Activation(licence_number, seat, date.fromordinal(ordinal))


def activation_codes_for_licence(licence_number: int, seats: int, expires: date) -> list[str]:
    codec = ActivationCodec()
    return [
        codec.encode(Activation(licence_number, seat, expires))
        for seat in range(1, seats + 1)
    ]


def is_valid(code: str, today: date | None = None) -> bool:
    try:
        activation = ActivationCodec().decode(code)
    except (ValueError, KeyError):
        return False
    return activation.expires >= (today or date.today())
