"""Picks props and puppets for the weekly spot-check before a tour truck is loaded.

The stage manager cannot inspect every item each week, so a random sample from each
crate is checked for loose strings, cracked controls and missing pieces.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional


@dataclass(frozen=True)
class Prop:
    prop_id: str
    name: str
    crate: str
    fragile: bool


def load_inventory(path: Path) -> List[Prop]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            Prop(row["prop_id"], row["name"], row["crate"], row.get("fragile", "").lower() == "yes")
            for row in csv.DictReader(fh)
        ]


def pick_for_audit(props: List[Prop], per_crate: int, rng: Optional[random.Random] = None) -> List[Prop]:
    rng = rng or random.Random()
    by_crate: Dict[str, List[Prop]] = defaultdict(list)
    for prop in props:
        by_crate[prop.crate].append(prop)
    chosen: List[Prop] = []
    for crate in sorted(by_crate):
        items = by_crate[crate]
        fragile = [p for p in items if p.fragile]
        others = [p for p in items if not p.fragile]
        chosen.extend(fragile)
        remaining = max(0, per_crate - len(fragile))
        chosen.extend(rng.sample(others, min(remaining, len(others))))
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description="Weekly prop spot-check list")
    parser.add_argument("inventory", type=Path)
    parser.add_argument("--per-crate", type=int, default=3)
    parser.add_argument("--seed", type=int, help="repeat a previous week's selection")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    writer = csv.writer(sys.stdout)
    writer.writerow(["crate", "prop_id", "name"])
    for prop in pick_for_audit(load_inventory(args.inventory), args.per_crate, rng):
        writer.writerow([prop.crate, prop.prop_id, prop.name])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
