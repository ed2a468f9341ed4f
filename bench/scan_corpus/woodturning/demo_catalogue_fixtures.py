"""Build a fake product catalogue for the web-shop staging site and UI tests.

A fixed seed keeps the generated catalogue identical between runs so visual
regression screenshots stay stable.
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

SPECIES = ["ash", "beech", "cherry", "elm", "oak", "olive", "sycamore", "walnut", "yew"]
PRODUCT_KINDS = {
    "bowl blank": (150, 350),
    "spindle blank": (40, 90),
    "pen blank": (18, 25),
    "finished bowl": (120, 300),
    "platter": (250, 450),
}
FIXTURE_SEED = 1234


@dataclass
class DemoProduct:
    sku: str
    title: str
    species: str
    size_mm: int
    price_pence: int
    stock: int


def build_catalogue(count: int, seed: int = FIXTURE_SEED) -> list[DemoProduct]:
    rng = random.Random(seed)
    products = []
    for n in range(1, count + 1):
        kind = rng.choice(list(PRODUCT_KINDS))
        lo, hi = PRODUCT_KINDS[kind]
        species = rng.choice(SPECIES)
        size = rng.randrange(lo, hi, 5)
        products.append(
            DemoProduct(
                sku=f"DEMO-{n:04d}",
                title=f"{species.title()} {kind} {size}mm",
                species=species,
                size_mm=size,
                price_pence=rng.randrange(400, 18000, 50),
                stock=rng.randint(0, 25),
            )
        )
    return products


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--out", type=Path, default=Path("fixtures/demo_catalogue.json"))
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    items = [asdict(p) for p in build_catalogue(args.count)]
    args.out.write_text(json.dumps(items, indent=2), encoding="utf-8")
    print(f"wrote {len(items)} demo products to {args.out}")


if __name__ == "__main__":
    main()
