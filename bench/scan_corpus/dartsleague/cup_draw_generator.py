"""Knock-out cup draw for the league's end-of-season singles cup.

The draw is made live on the stream.  The seed is announced beforehand (the
last three numbers of the Saturday lottery) so anyone can re-run the draw
with this script and check that the bracket was not fiddled.
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass


@dataclass
class Tie:
    round_no: int
    slot: int
    home: str
    away: str | None


def make_draw(entrants: list[str], published_seed: int) -> list[Tie]:
    rng = random.Random(published_seed)
    pool = sorted(entrants)
    rng.shuffle(pool)

    size = 1
    while size < len(pool):
        size *= 2
    byes = size - len(pool)
    ties: list[Tie] = []
    slot = 1
    for name in pool[:byes]:
        ties.append(Tie(round_no=1, slot=slot, home=name, away=None))
        slot += 1
    rest = pool[byes:]
    for i in range(0, len(rest), 2):
        ties.append(Tie(round_no=1, slot=slot, home=rest[i], away=rest[i + 1]))
        slot += 1
    return ties


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Reproduce the published cup draw")
    parser.add_argument("entrants", help="JSON file with a list of player names")
    parser.add_argument("--seed", type=int, required=True, help="seed announced before the draw")
    args = parser.parse_args(argv)

    with open(args.entrants, encoding="utf-8") as fh:
        entrants = json.load(fh)
    for tie in make_draw(entrants, args.seed):
        away = tie.away or "bye"
        print(f"R{tie.round_no} #{tie.slot:02d}: {tie.home} v {away}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
