"""Read/write the stored-value block on WashPoint prepaid cards.

Layout of the value sector (48 bytes after decryption):
    0..3   balance in cents, big endian
    4..7   transaction counter
    8..11  store id of last top-up
    12..15 CRC32 of bytes 0..11
    16..   reserved / padding
"""
import os
import struct
import zlib

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

BLOCK_FMT = ">IIII"


class CardIntegrityError(Exception):
    pass


class ValueSectorCodec:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["CARD_SECTOR_KEY"])

    def _cipher(self, iv: bytes):
        return DES3.new(self._key, DES3.MODE_CBC, iv=iv)

    def encode(self, balance_cents: int, counter: int, store_id: int) -> bytes:
        head = struct.pack(">III", balance_cents, counter, store_id)
        body = head + struct.pack(">I", zlib.crc32(head))
        iv = get_random_bytes(8)
        return iv + self._cipher(iv).encrypt(pad(body, 8))

    def decode(self, raw: bytes) -> tuple[int, int, int]:
        iv, payload = raw[:8], raw[8:]
        body = unpad(self._cipher(iv).decrypt(payload), 8)
        balance, counter, store_id, crc = struct.unpack(BLOCK_FMT, body[:16])
        if zlib.crc32(body[:12]) != crc:
            raise CardIntegrityError("value sector checksum mismatch")
        return balance, counter, store_id


def debit(codec: ValueSectorCodec, raw: bytes, amount_cents: int, store_id: int) -> bytes:
    balance, counter, _ = codec.decode(raw)
    if amount_cents > balance:
        raise ValueError("insufficient balance")
    return codec.encode(balance - amount_cents, counter + 1, store_id)
