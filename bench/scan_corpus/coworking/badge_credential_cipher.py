"""Encodes the member credential block written to MIFARE DESFire badges.

The block is 32 bytes: member id, site id, tier flags and an expiry timestamp.
Door readers hold the same site key and decrypt the block on tap.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

BLOCK_LAYOUT = struct.Struct(">IIHQ")

CIPHER_PROFILE = {
    "key_env": "BADGE_SITE_KEY_HEX",
    "mode": AES.MODE_ECB,
    "block_size": 16,
}


@dataclass(frozen=True)
class BadgeCredential:
    member_id: int
    site_id: int
    tier_flags: int
    expires_epoch: int


def _site_key() -> bytes:
    key = bytes.fromhex(os.environ[CIPHER_PROFILE["key_env"]])
    if len(key) not in (16, 24, 32):
        raise ValueError("site key must be 128, 192 or 256 bits")
    return key


def _cipher(key: bytes):
    return AES.new(key, CIPHER_PROFILE["mode"])


def encode_credential(cred: BadgeCredential) -> bytes:
    raw = BLOCK_LAYOUT.pack(cred.member_id, cred.site_id, cred.tier_flags, cred.expires_epoch)
    padded = pad(raw, CIPHER_PROFILE["block_size"])
    return _cipher(_site_key()).encrypt(padded)


def decode_credential(blob: bytes) -> BadgeCredential:
    raw = unpad(_cipher(_site_key()).decrypt(blob), CIPHER_PROFILE["block_size"])
    member_id, site_id, tier_flags, expires_epoch = BLOCK_LAYOUT.unpack(raw)
    return BadgeCredential(member_id, site_id, tier_flags, expires_epoch)


def write_to_card(card_writer, cred: BadgeCredential, file_no: int = 1) -> int:
    payload = encode_credential(cred)
    card_writer.select_application(b"\xF4\x81\x20")
    card_writer.write_data(file_no, offset=0, data=payload)
    return len(payload)
