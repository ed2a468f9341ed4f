"""Encrypt the clearing price substituted into the ${AUCTION_PRICE} macro.

Win notices travel through the buyer's systems, so the price is sealed with
AES-GCM; a fresh random nonce is generated for every notice.
"""
import base64
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
_PRICE = struct.Struct(">Q")


class PriceDecodeError(ValueError):
    pass


class PriceMacroCipher:
    def __init__(self, key: bytes, buyer_seat: str):
        self._aead = AESGCM(key)
        self._aad = buyer_seat.encode()

    def seal(self, price_micros: int) -> str:
        nonce = os.urandom(NONCE_LEN)
        sealed = self._aead.encrypt(nonce, _PRICE.pack(price_micros), self._aad)
        return base64.urlsafe_b64encode(nonce + sealed).rstrip(b"=").decode()

    def open(self, token: str) -> int:
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            nonce, sealed = raw[:NONCE_LEN], raw[NONCE_LEN:]
            (price,) = _PRICE.unpack(self._aead.decrypt(nonce, sealed, self._aad))
        except (InvalidTag, ValueError, struct.error) as exc:
            raise PriceDecodeError("invalid price token") from exc
        return price


def cipher_for_seat(buyer_seat: str) -> PriceMacroCipher:
    key = base64.b64decode(os.environ["PRICE_MACRO_KEY"])
    return PriceMacroCipher(key, buyer_seat)
