"""Encrypts personal gift messages attached to mail-order boxes until they are printed."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = "k2"


@dataclass
class GiftMessage:
    order_ref: str
    recipient: str
    message: str


class MessageSealer:
    def __init__(self, keys: dict[str, bytes], current: str = KEY_VERSION) -> None:
        self._keys = {kid: AESGCM(k) for kid, k in keys.items()}
        self._current = current

    @classmethod
    def from_env(cls) -> "MessageSealer":
        keys = {
            name.removeprefix("GIFT_MSG_KEY_").lower(): base64.b64decode(value)
            for name, value in os.environ.items()
            if name.startswith("GIFT_MSG_KEY_")
        }
        return cls(keys)

    def seal(self, msg: GiftMessage) -> str:
        nonce = os.urandom(NONCE_BYTES)
        aad = msg.order_ref.encode("utf-8")
        ct = self._keys[self._current].encrypt(nonce, msg.message.encode("utf-8"), aad)
        token = base64.urlsafe_b64encode(nonce + ct).decode("ascii")
        return f"{self._current}:{token}"

    def unseal(self, order_ref: str, recipient: str, sealed: str) -> GiftMessage:
        kid, _, token = sealed.partition(":")
        blob = base64.urlsafe_b64decode(token)
        nonce, ct = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        plain = self._keys[kid].decrypt(nonce, ct, order_ref.encode("utf-8"))
        return GiftMessage(order_ref, recipient, plain.decode("utf-8"))


def print_card_text(sealer: MessageSealer, order_ref: str, recipient: str, sealed: str) -> str:
    msg = sealer.unseal(order_ref, recipient, sealed)
    lines = [f"For {msg.recipient}", ""]
    lines.extend(msg.message.splitlines()[:8])
    lines.append("")
    lines.append("With love, from the cellar")
    return "\n".join(lines)
