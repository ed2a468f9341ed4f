"""Pick hides from each incoming tannery delivery for bench inspection.

Rather than inspect every hide, the clicking-room lead checks a random sample of
each lot for grain damage, loose flank and thickness variation.
"""
import argparse
import csv
import math
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Hide:
    hide_id: str
    lot: str
    article: str
    area_sqft: float


def load_delivery(manifest: Path) -> dict[str, list[Hide]]:
    lots: dict[str, list[Hide]] = defaultdict(list)
    with manifest.open(newline="") as fh:
        for row in csv.DictReader(fh):
            lots[row["lot"]].append(
                Hide(row["hide_id"], row["lot"], row["article"], float(row["area_sqft"]))
            )
    return lots


def sample_size(lot_size: int, fraction: float = 0.15, minimum: int = 2) -> int:
    return min(lot_size, max(minimum, math.ceil(lot_size * fraction)))


def choose_for_inspection(lots: dict[str, list[Hide]], rng: random.Random) -> list[Hide]:
    picked: list[Hide] = []
    for lot, hides in sorted(lots.items()):
        picked.extend(rng.sample(hides, sample_size(len(hides))))
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description="Choose hides for inspection from a delivery manifest")
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--seed", type=int, help="repeat a previous draw")
    parser.add_argument("--out", type=Path, default=Path("inspection_list.csv"))
    args = parser.parse_args()

    rng = random.Random(args.seed)
    chosen = choose_for_inspection(load_delivery(args.manifest), rng)
    with args.out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["lot", "hide_id", "article", "area_sqft"])
        for hide in chosen:
            writer.writerow([hide.lot, hide.hide_id, hide.article, hide.area_sqft])
    print(f"{len(chosen)} hides to inspect -> {args.out}")


if __name__ == "__main__":
    main()
