"""Nightly parts order feed for the balance-spring supplier.

The order lines are packed into the encrypted CSV format described in the
supplier's integration kit and dropped in the outbox for their gateway.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


@dataclass
class OrderLine:
    part_number: str
    caliber: str
    quantity: int
    unit_price_chf: str


@dataclass(frozen=True)
class FeedSettings:
    key_env: str = "SPRING_SUPPLIER_FEED_KEY"
    outbox: str = "/srv/workshop/outbox/supplier"
    cipher_module = DES3


def render_csv(lines: Iterable[OrderLine]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["part_number", "caliber", "quantity", "unit_price_chf"])
    for line in lines:
        writer.writerow([line.part_number, line.caliber, line.quantity, line.unit_price_chf])
    return buffer.getvalue().encode("latin-1")


def pack_feed(lines: Iterable[OrderLine], settings: FeedSettings = FeedSettings()) -> str:
    key = bytes.fromhex(os.environ[settings.key_env])
    module = settings.cipher_module
    iv = get_random_bytes(module.block_size)
    cipher = module.new(key, module.MODE_CBC, iv)
    payload = iv + cipher.encrypt(pad(render_csv(lines), module.block_size))

    target = os.path.join(settings.outbox, f"orders_{date.today():%Y%m%d}.enc")
    with open(target, "wb") as handle:
        handle.write(payload)
    return target
