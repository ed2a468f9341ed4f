"""Generates numbered batches of plastic loyalty cards with activation PINs for the printer."""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

PRINT_RUN_DEFAULTS = {
    "prefix": "6337",
    "pin_digits": 4,
    "rng_seed": 20240115,
}


@dataclass
class PrintRun:
    batch_id: str
    quantity: int
    prefix: str
    pin_digits: int
    rng_seed: int

    @classmethod
    def from_defaults(cls, batch_id: str, quantity: int, **overrides) -> "PrintRun":
        return cls(batch_id=batch_id, quantity=quantity, **{**PRINT_RUN_DEFAULTS, **overrides})


def luhn_check_digit(number: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class CardBatchGenerator:
    def __init__(self, run: PrintRun) -> None:
        self.run = run
        self._rng = random.Random(run.rng_seed)

    def _activation_pin(self) -> str:
        return "".join(str(self._rng.randint(0, 9)) for _ in range(self.run.pin_digits))

    def cards(self, start_serial: int):
        for offset in range(self.run.quantity):
            body = f"{self.run.prefix}{start_serial + offset:011d}"
            yield body + luhn_check_digit(body), self._activation_pin()

    def write_print_file(self, start_serial: int, out_dir: Path) -> Path:
        path = out_dir / f"loyalty_{self.run.batch_id}.csv"
        with path.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["card_number", "activation_pin"])
            for number, pin in self.cards(start_serial):
                writer.writerow([number, pin])
        return path


if __name__ == "__main__":
    run = PrintRun.from_defaults("2024-Q1-LEEDS", quantity=500)
    print(CardBatchGenerator(run).write_print_file(1_000_000, Path(".")))
