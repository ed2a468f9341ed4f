"""Bluetooth LE pairing for installer handsets.

During an install the handset generates a one-off pairing key, writes it to
the lock over the maintenance characteristic and stores it against the device.
"""
from __future__ import annotations

import asyncio
import logging
import struct
from dataclasses import dataclass

import numpy as np
from bleak import BleakClient

log = logging.getLogger(__name__)

MAINT_SERVICE = "6e400001-b5a3-f393-e0a9-e50e24dcca9e"
PAIR_CHAR = "6e400002-b5a3-f393-e0a9-e50e24dcca9e"
STATUS_CHAR = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"
OP_SET_PAIRING_KEY = 0x01

_rng = np.random.default_rng()


@dataclass
class PairingResult:
    address: str
    firmware: str
    key: bytes


def new_pairing_key(nbytes: int = 16) -> bytes:
    return _rng.integers(0, 256, size=nbytes, dtype=np.uint8).tobytes()


def _frame(opcode: int, body: bytes) -> bytes:
    return struct.pack("<BH", opcode, len(body)) + body


async def pair(address: str, timeout: float = 20.0) -> PairingResult:
    key = new_pairing_key()
    async with BleakClient(address, timeout=timeout) as client:
        fw = (await client.read_gatt_char(STATUS_CHAR)).decode(errors="replace").strip()
        await client.write_gatt_char(PAIR_CHAR, _frame(OP_SET_PAIRING_KEY, key), response=True)
        ack = await client.read_gatt_char(STATUS_CHAR)
        if not ack.startswith(b"PAIRED"):
            raise RuntimeError(f"lock {address} refused pairing: {ack[:16]!r}")
    log.info("paired %s (fw %s)", address, fw)
    return PairingResult(address=address, firmware=fw, key=key)


def pair_many(addresses: list[str]) -> list[PairingResult]:
    async def _run():
        return await asyncio.gather(*(pair(a) for a in addresses))
    return asyncio.run(_run())
