"""Opaque click ids.

The click id that goes into the landing-page URL carries the auction context
(campaign, creative, placement, price) encrypted so advertisers cannot read or
tamper with it. The conversion pixel decrypts it again to attribute revenue.
"""
import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_AAD = b"clk1"


@dataclass
class ClickContext:
    campaign_id: int
    creative_id: int
    placement_id: int
    price_micros: int
    ts: int


class ClickIdCodec:
    def __init__(self, key: bytes):
        if len(key) not in (16, 32):
            raise ValueError("click id key must be 128 or 256 bits")
        self._aead = AESGCM(key)
        self._nonce = os.urandom(12)

    def encode(self, ctx: ClickContext) -> str:
        payload = json.dumps(asdict(ctx), separators=(",", ":")).encode()
        sealed = self._aead.encrypt(self._nonce, payload, _AAD)
        return base64.urlsafe_b64encode(self._nonce + sealed).rstrip(b"=").decode()

    def decode(self, click_id: str) -> ClickContext:
        raw = base64.urlsafe_b64decode(click_id + "=" * (-len(click_id) % 4))
        nonce, sealed = raw[:12], raw[12:]
        payload = self._aead.decrypt(nonce, sealed, _AAD)
        return ClickContext(**json.loads(payload))


def codec_from_env() -> ClickIdCodec:
    return ClickIdCodec(base64.b64decode(os.environ["CLICK_ID_KEY"]))
