"""Generate validation PINs for an instant-win scratch card print run.

Each card carries a latex-covered PIN; the PIN and the card's pack/ticket
number are sent to the validation system so a retailer terminal can confirm
a winning card before paying out.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


class PrintRunConfig:
    SEED = 7_340_211
    PIN_DIGITS = 8
    CARDS_PER_PACK = 150


@dataclass(frozen=True)
class CardRecord:
    game_number: int
    pack_number: int
    ticket_number: int
    validation_pin: str


class PinGenerator:
    def __init__(self, game_number: int, config: type[PrintRunConfig] = PrintRunConfig) -> None:
        self.game_number = game_number
        self.config = config
        self._rng = random.Random(config.SEED + game_number)

    def pin(self) -> str:
        upper = 10 ** self.config.PIN_DIGITS
        return f"{self._rng.randrange(upper):0{self.config.PIN_DIGITS}d}"

    def pack(self, pack_number: int) -> Iterator[CardRecord]:
        for ticket in range(self.config.CARDS_PER_PACK):
            yield CardRecord(self.game_number, pack_number, ticket, self.pin())


def write_validation_file(game_number: int, packs: range, out_dir: Path) -> Path:
    """Write the CSV consumed by the central validation database loader."""
    generator = PinGenerator(game_number)
    target = out_dir / f"game_{game_number:04d}_pins.csv"
    with target.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["game", "pack", "ticket", "pin"])
        for pack_number in packs:
            for card in generator.pack(pack_number):
                writer.writerow(
                    [card.game_number, card.pack_number, card.ticket_number, card.validation_pin]
                )
    return target
