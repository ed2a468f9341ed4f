"""Encrypted QR payloads printed on season-pass membership cards.

The door scanner app decrypts the QR payload to get the member number and
pass tier without a round trip to the booking server.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class MemberPass:
    member_no: int
    tier: str
    expires: str
    home_rink: str = "main"


class MembershipQrCodec:
    """Turns a MemberPass into a compact QR string and back."""

    ASSOCIATED_DATA = b"rollerrink-pass-v3"
    NONCE = bytes.fromhex("5a1c0e77d2b4a9f3016c8e2d")

    def __init__(self, key: bytes | None = None) -> None:
        if key is None:
            key = base64.b64decode(os.environ["MEMBER_QR_KEY"])
        self._aead = AESGCM(key)

    def encode(self, member: MemberPass) -> str:
        payload = json.dumps(asdict(member), separators=(",", ":")).encode()
        sealed = self._aead.encrypt(self.NONCE, payload, self.ASSOCIATED_DATA)
        return "RR3:" + base64.urlsafe_b64encode(sealed).decode().rstrip("=")

    def decode(self, text: str) -> MemberPass:
        if not text.startswith("RR3:"):
            raise ValueError("not a membership QR code")
        body = text[4:]
        sealed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        payload = self._aead.decrypt(self.NONCE, sealed, self.ASSOCIATED_DATA)
        return MemberPass(**json.loads(payload))


def is_current(member: MemberPass, today: date | None = None) -> bool:
    today = today or date.today()
    return date.fromisoformat(member.expires) >= today


def print_batch(codec: MembershipQrCodec, members: list[MemberPass]) -> dict[int, str]:
    return {m.member_no: codec.encode(m) for m in members if is_current(m)}
