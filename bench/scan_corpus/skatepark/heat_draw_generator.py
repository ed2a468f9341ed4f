"""Draws the running order for each heat so any judge can re-run the draw and get the same list."""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from dataclasses import dataclass


@dataclass
class Entrant:
    id: int
    name: str
    seed_rank: int | None = None


def draw_seed(event_id: int, division: str, round_name: str) -> int:
    material = f"{event_id}:{division}:{round_name}".encode("utf-8")
    return int.from_bytes(hashlib.sha256(material).digest()[:8], "big")


def running_order(entrants: list[Entrant], event_id: int, division: str,
                  round_name: str = "qualifier") -> list[Entrant]:
    """Ranked riders skate last in reverse rank; everyone else is shuffled reproducibly."""
    rng = random.Random(draw_seed(event_id, division, round_name))
    ranked = sorted((e for e in entrants if e.seed_rank), key=lambda e: e.seed_rank, reverse=True)
    unranked = sorted((e for e in entrants if not e.seed_rank), key=lambda e: e.id)
    rng.shuffle(unranked)
    return unranked + ranked


def split_heats(order: list[Entrant], heat_size: int = 6) -> list[list[Entrant]]:
    heats = [order[i:i + heat_size] for i in range(0, len(order), heat_size)]
    if len(heats) > 1 and len(heats[-1]) < heat_size // 2:
        last = heats.pop()
        for i, entrant in enumerate(last):
            heats[i % len(heats)].append(entrant)
    return heats


def main() -> None:
    parser = argparse.ArgumentParser(description="Draw heats for a division")
    parser.add_argument("entrants_json")
    parser.add_argument("--event", type=int, required=True)
    parser.add_argument("--division", required=True)
    parser.add_argument("--round", default="qualifier")
    parser.add_argument("--heat-size", type=int, default=6)
    args = parser.parse_args()
    with open(args.entrants_json, encoding="utf-8") as fh:
        entrants = [Entrant(**e) for e in json.load(fh)]
    order = running_order(entrants, args.event, args.division, args.round)
    for n, heat in enumerate(split_heats(order, args.heat_size), start=1):
        print(f"Heat {n}: " + ", ".join(e.name for e in heat))


if __name__ == "__main__":
    main()
