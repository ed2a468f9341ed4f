"""Command encryption for the older S-band stations (SVB2, KIR1).

These stations still run the original modem firmware, which only accepts the
cipher suite specified at launch. Newer stations go through command_uplink.
"""
import os
import struct

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes

LEGACY_STATIONS = {"SVB2", "KIR1"}

CIPHER_CONFIG = {
    "module": DES3,
    "mode": DES3.MODE_CBC,
    "block": DES3.block_size,
}


def _station_key(station: str) -> bytes:
    return bytes.fromhex(os.environ[f"UPLINK_KEY_{station}"])


def _pad(data: bytes, block: int) -> bytes:
    n = block - len(data) % block
    return data + bytes([n]) * n


def encrypt_command(station: str, opcode: int, args: bytes) -> bytes:
    if station not in LEGACY_STATIONS:
        raise ValueError(f"{station} is not a legacy station")
    cfg = CIPHER_CONFIG
    iv = get_random_bytes(cfg["block"])
    cipher = cfg["module"].new(_station_key(station), cfg["mode"], iv=iv)
    packet = struct.pack(">HH", opcode, len(args)) + args
    return iv + cipher.encrypt(_pad(packet, cfg["block"]))
