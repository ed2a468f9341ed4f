"""Encrypted balance blob stored on prepaid laundry cards.

The terminal writes ``nonce || ciphertext`` to the card's value file. The
card UID is bound in as associated data so a blob copied to another card
fails to decrypt.
"""
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
_PLAIN = struct.Struct(">IIH")  # balance cents, tx counter, store id


class TamperedCard(Exception):
    pass


class BalanceCodec:
    def __init__(self, key: bytes):
        if len(key) not in (16, 32):
            raise ValueError("balance key must be 128 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "BalanceCodec":
        return cls(bytes.fromhex(os.environ["CARD_BALANCE_KEY"]))

    def seal(self, card_uid: bytes, balance: int, counter: int, store_id: int) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, _PLAIN.pack(balance, counter, store_id), card_uid)
        return nonce + ct

    def open(self, card_uid: bytes, blob: bytes) -> tuple[int, int, int]:
        nonce, ct = blob[:NONCE_LEN], blob[NONCE_LEN:]
        try:
            plain = self._aead.decrypt(nonce, ct, card_uid)
        except InvalidTag as exc:
            raise TamperedCard(card_uid.hex()) from exc
        return _PLAIN.unpack(plain)
