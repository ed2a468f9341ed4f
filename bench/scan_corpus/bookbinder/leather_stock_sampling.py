"""Cycle-count sampling for the leather and paper stock room.

Rather than counting every hide, skin and ream each month, the stock
keeper counts a random selection of bins; the full count happens once a
year at stocktake.
"""
import random
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

STOCK_DB = "/srv/bindery/stock.sqlite3"


@dataclass
class Bin:
    code: str
    material: str
    expected_qty: int


def load_bins(conn: sqlite3.Connection) -> list[Bin]:
    rows = conn.execute("SELECT code, material, expected_qty FROM bins WHERE active = 1")
    return [Bin(*row) for row in rows]


def monthly_sample(bins: list[Bin], per_material: int = 3) -> list[Bin]:
    grouped: dict[str, list[Bin]] = defaultdict(list)
    for b in bins:
        grouped[b.material].append(b)
    chosen: list[Bin] = []
    for _material, members in sorted(grouped.items()):
        chosen.extend(random.sample(members, k=min(per_material, len(members))))
    random.shuffle(chosen)
    return chosen


def count_sheet(sample: list[Bin]) -> str:
    lines = ["Bin      Material              Expected  Counted"]
    for b in sample:
        lines.append(f"{b.code:<8} {b.material:<21} {b.expected_qty:>8}  ______")
    return "\n".join(lines)


if __name__ == "__main__":
    with sqlite3.connect(STOCK_DB) as conn:
        print(count_sheet(monthly_sample(load_bins(conn))))
