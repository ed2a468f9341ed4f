"""Encrypts the stored-value block written to arcade RFID cards.

Each card carries one 16-byte block: card id (4 bytes), balance in pence
(4 bytes), top-up sequence (4 bytes) and a CRC32 (4 bytes). The block is
encrypted with the site key before the encoder writes it to the card.
"""
from __future__ import annotations

import os
import struct
import zlib

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CARD_CRYPTO = {
    "key_env": "ARCADE_CARD_KEY_HEX",
    "mode": "ECB",
    "block_format": ">IIII",
}


def _site_key() -> bytes:
    key = bytes.fromhex(os.environ[CARD_CRYPTO["key_env"]])
    if len(key) not in (16, 32):
        raise ValueError("arcade card key must be 128 or 256 bits")
    return key


def _cipher() -> Cipher:
    mode = getattr(modes, CARD_CRYPTO["mode"])()
    return Cipher(algorithms.AES(_site_key()), mode)


def pack_balance(card_id: int, balance_pence: int, sequence: int) -> bytes:
    head = struct.pack(">III", card_id, balance_pence, sequence)
    return head + struct.pack(">I", zlib.crc32(head))


def seal_block(card_id: int, balance_pence: int, sequence: int) -> bytes:
    encryptor = _cipher().encryptor()
    return encryptor.update(pack_balance(card_id, balance_pence, sequence)) + encryptor.finalize()


def open_block(block: bytes) -> tuple[int, int, int]:
    if len(block) != 16:
        raise ValueError("card block must be 16 bytes")
    decryptor = _cipher().decryptor()
    plain = decryptor.update(block) + decryptor.finalize()
    card_id, balance, sequence, crc = struct.unpack(CARD_CRYPTO["block_format"], plain)
    if zlib.crc32(plain[:12]) != crc:
        raise ValueError("card block failed integrity check")
    return card_id, balance, sequence


def top_up(block: bytes, amount_pence: int) -> bytes:
    card_id, balance, sequence = open_block(block)
    if amount_pence <= 0:
        raise ValueError("top-up amount must be positive")
    return seal_block(card_id, balance + amount_pence, sequence + 1)
