"""End-of-day settlement batch files sent from market-stall terminals to the acquirer."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


@dataclass
class CardSale:
    terminal_id: str
    auth_code: str
    amount_pence: int
    card_last4: str
    scheme: str


@dataclass
class BatchKeys:
    transport_key: bytes

    @classmethod
    def from_env(cls) -> "BatchKeys":
        return cls(transport_key=bytes.fromhex(os.environ["ACQUIRER_BATCH_KEY"]))


def render_batch(stall: str, day: date, sales: Iterable[CardSale]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["stall", "date", "terminal", "auth", "amount", "last4", "scheme"])
    for s in sales:
        writer.writerow(
            [stall, day.isoformat(), s.terminal_id, s.auth_code, s.amount_pence, s.card_last4, s.scheme]
        )
    return buf.getvalue().encode("utf-8")


class BatchEnvelope:
    BLOCK = 8

    def __init__(self, keys: BatchKeys) -> None:
        self._key = DES3.adjust_key_parity(keys.transport_key)

    def seal(self, plaintext: bytes) -> bytes:
        iv = get_random_bytes(self.BLOCK)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(pad(plaintext, self.BLOCK))

    def open(self, blob: bytes) -> bytes:
        iv, body = blob[: self.BLOCK], blob[self.BLOCK :]
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        return unpad(cipher.decrypt(body), self.BLOCK)


def write_outbound(stall: str, day: date, sales: list[CardSale], outbox: str) -> str:
    envelope = BatchEnvelope(BatchKeys.from_env())
    payload = envelope.seal(render_batch(stall, day, sales))
    path = os.path.join(outbox, f"{stall}_{day:%Y%m%d}.bat")
    with open(path, "wb") as fh:
        fh.write(payload)
    return path
