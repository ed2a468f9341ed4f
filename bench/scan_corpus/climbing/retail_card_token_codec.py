"""Encodes stored-card references for the retail shop's saved payment methods."""
import base64
import os
import struct
from datetime import date

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

KEY_ENV = "SHOP_CARD_TOKEN_KEY"
TOKEN_VERSION = 2


def _shop_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    return _TDES.adjust_key_parity(key)


class CardTokenCodec:
    """Packs gateway card references with expiry so tills can show saved cards."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _shop_key()

    def encode(self, gateway_ref: str, last4: str, expiry: date) -> str:
        body = struct.pack(">BHB", TOKEN_VERSION, expiry.year, expiry.month)
        body += last4.encode("ascii") + gateway_ref.encode("utf-8")
        iv = get_random_bytes(_TDES.block_size)
        cipher = _TDES.new(self._key, _TDES.MODE_CBC, iv=iv)
        ct = cipher.encrypt(pad(body, _TDES.block_size))
        return base64.urlsafe_b64encode(iv + ct).decode("ascii")

    def decode(self, token: str) -> dict:
        raw = base64.urlsafe_b64decode(token.encode("ascii"))
        iv, ct = raw[: _TDES.block_size], raw[_TDES.block_size:]
        cipher = _TDES.new(self._key, _TDES.MODE_CBC, iv=iv)
        body = unpad(cipher.decrypt(ct), _TDES.block_size)
        version, year, month = struct.unpack(">BHB", body[:4])
        if version != TOKEN_VERSION:
            raise ValueError(f"unsupported card token version {version}")
        return {
            "expiry": date(year, month, 1),
            "last4": body[4:8].decode("ascii"),
            "gateway_ref": body[8:].decode("utf-8"),
        }


def saved_cards_for_display(codec: CardTokenCodec, tokens: list[str]) -> list[dict]:
    today = date.today().replace(day=1)
    cards = []
    for token in tokens:
        info = codec.decode(token)
        cards.append(
            {
                "label": f"Card ending {info['last4']}",
                "expired": info["expiry"] < today,
                "token": token,
            }
        )
    return cards
