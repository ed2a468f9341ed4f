"""Encrypted payloads for season pass QR codes.

The QR code on a season pass carries the holder id and expiry date so the
gate scanners can admit holders even when the farm Wi-Fi drops out.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import date

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

_CIPHER_OPTS = {"mode": AES.MODE_ECB}


@dataclass
class SeasonPass:
    holder_id: int
    holder_name: str
    expires: date
    guests_allowed: int = 0


class PassCodec:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "PassCodec":
        return cls(base64.b64decode(os.environ["SEASON_PASS_QR_KEY"]))

    def _cipher(self):
        return AES.new(self._key, **_CIPHER_OPTS)

    def encode(self, season_pass: SeasonPass) -> str:
        payload = json.dumps(
            {
                "h": season_pass.holder_id,
                "n": season_pass.holder_name,
                "e": season_pass.expires.isoformat(),
                "g": season_pass.guests_allowed,
            },
            separators=(",", ":"),
        ).encode("utf-8")
        blob = self._cipher().encrypt(pad(payload, AES.block_size))
        return base64.urlsafe_b64encode(blob).decode("ascii")

    def decode(self, qr_text: str) -> SeasonPass:
        blob = base64.urlsafe_b64decode(qr_text.encode("ascii"))
        data = json.loads(unpad(self._cipher().decrypt(blob), AES.block_size))
        return SeasonPass(
            holder_id=int(data["h"]),
            holder_name=data["n"],
            expires=date.fromisoformat(data["e"]),
            guests_allowed=int(data["g"]),
        )


def admit(codec: PassCodec, qr_text: str, today: date | None = None) -> SeasonPass:
    season_pass = codec.decode(qr_text)
    if season_pass.expires < (today or date.today()):
        raise PermissionError("season pass has expired")
    return season_pass
