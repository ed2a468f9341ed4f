"""Synthetic warehouse layouts and order streams for fleet-planner load tests.

Usage:
    python -m tools.layout_simulator --rows 40 --cols 12 --orders 5000 --seed 7 out.json
"""
import argparse
import json
import random
from dataclasses import asdict, dataclass

ZONES = ("ambient", "chilled", "bulky", "fast_movers")


@dataclass
class Shelf:
    shelf_id: str
    x: float
    y: float
    zone: str


def generate_layout(rows: int, cols: int, aisle_width: float, seed: int) -> list[Shelf]:
    rng = random.Random(seed)
    shelves = []
    for r in range(rows):
        for c in range(cols):
            zone = rng.choices(ZONES, weights=(6, 2, 1, 3))[0]
            shelves.append(Shelf(f"S{r:03d}-{c:02d}", c * (1.2 + aisle_width), r * 1.0, zone))
    return shelves


def generate_orders(shelves: list[Shelf], count: int, seed: int) -> list[dict]:
    rng = random.Random(seed + 1)
    orders = []
    for i in range(count):
        lines = rng.randint(1, 6)
        picks = rng.sample(shelves, k=min(lines, len(shelves)))
        orders.append({
            "order_id": f"SIM-{i:06d}",
            "release_s": round(rng.expovariate(1 / 4.0) + (orders[-1]["release_s"] if orders else 0), 2),
            "picks": [{"shelf": s.shelf_id, "qty": rng.randint(1, 4)} for s in picks],
        })
    return orders


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=20)
    ap.add_argument("--cols", type=int, default=10)
    ap.add_argument("--aisle-width", type=float, default=2.5)
    ap.add_argument("--orders", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("out")
    args = ap.parse_args()

    shelves = generate_layout(args.rows, args.cols, args.aisle_width, args.seed)
    orders = generate_orders(shelves, args.orders, args.seed)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump({"shelves": [asdict(s) for s in shelves], "orders": orders}, fh, indent=2)


if __name__ == "__main__":
    main()
