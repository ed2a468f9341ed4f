"""Pick finished pieces from each batch for quality inspection.

Every forged batch of stirrup irons or bit rings has a share of pieces
pulled for a load test and a visual check of welds and polish before the
batch is released to stock.
"""
import csv
import math
import random
import sys
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    batch: str
    serial: str
    sku: str


SAMPLE_RATE = {"stirrup": 0.10, "bit": 0.15, "spur": 0.08}
MINIMUM_SAMPLE = 3


def sample_size(family: str, batch_size: int) -> int:
    rate = SAMPLE_RATE.get(family, 0.10)
    return min(batch_size, max(MINIMUM_SAMPLE, math.ceil(batch_size * rate)))


def family_of(sku: str) -> str:
    prefix = sku.split("-", 1)[0].upper()
    return {"STR": "stirrup", "BIT": "bit", "SPR": "spur"}.get(prefix, "other")


def choose_for_inspection(pieces: list[Piece], rng: random.Random | None = None) -> list[Piece]:
    rng = rng or random.Random()
    by_batch: dict[str, list[Piece]] = defaultdict(list)
    for p in pieces:
        by_batch[p.batch].append(p)
    chosen: list[Piece] = []
    for batch, items in sorted(by_batch.items()):
        n = sample_size(family_of(items[0].sku), len(items))
        chosen.extend(rng.sample(items, n))
    return chosen


def main(path: str) -> None:
    with open(path, newline="") as fh:
        pieces = [Piece(r["batch"], r["serial"], r["sku"]) for r in csv.DictReader(fh)]
    writer = csv.writer(sys.stdout)
    writer.writerow(["batch", "serial", "sku"])
    for p in choose_for_inspection(pieces):
        writer.writerow([p.batch, p.serial, p.sku])


if __name__ == "__main__":
    main(sys.argv[1])
