"""Encode and decode the credential sector written to guest RFID keycards.

Sector layout (32 bytes):
    0-1    property id (big endian)
    2-4    room number (BCD)
    5      card sequence (invalidates older cards for the same room)
    6-9    check-out time (unix minutes)
    10     flags (bit0 master, bit1 common areas, bit2 elevator)
    11-15  reserved
    16-31  access-group bitmap (one bit per door group)
"""
import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

SECTOR_SIZE = 32
FLAG_MASTER = 0x01
FLAG_COMMON = 0x02
FLAG_ELEVATOR = 0x04
_HEADER = struct.Struct(">H3sBIB5x")


@dataclass
class CardCredential:
    property_id: int
    room: int
    sequence: int
    checkout_minutes: int
    flags: int = FLAG_COMMON | FLAG_ELEVATOR
    access_groups: int = 0


def _bcd(n: int) -> bytes:
    s = f"{n:06d}"
    return bytes(int(s[i]) << 4 | int(s[i + 1]) for i in range(0, 6, 2))


def _unbcd(b: bytes) -> int:
    return int("".join(f"{x >> 4}{x & 0x0F}" for x in b))


def _site_key() -> bytes:
    return bytes.fromhex(os.environ["KEYCARD_SITE_KEY"])


def _cipher() -> Cipher:
    return Cipher(algorithms.AES(_site_key()), modes.ECB())


def pack(cred: CardCredential) -> bytes:
    header = _HEADER.pack(
        cred.property_id, _bcd(cred.room), cred.sequence & 0xFF, cred.checkout_minutes, cred.flags
    )
    plain = header + cred.access_groups.to_bytes(16, "big")
    enc = _cipher().encryptor()
    return enc.update(plain) + enc.finalize()


def unpack(sector: bytes) -> CardCredential:
    if len(sector) != SECTOR_SIZE:
        raise ValueError(f"expected {SECTOR_SIZE} bytes, got {len(sector)}")
    dec = _cipher().decryptor()
    plain = dec.update(sector) + dec.finalize()
    prop, room, seq, checkout, flags = _HEADER.unpack(plain[:16])
    return CardCredential(prop, _unbcd(room), seq, checkout, flags, int.from_bytes(plain[16:], "big"))
