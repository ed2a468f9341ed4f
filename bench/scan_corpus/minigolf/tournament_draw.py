"""Reproducible group draw for league-night tournaments.

The seed is announced before the draw so any player can re-run it and check the groups.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    number: int
    tee_off: str
    players: tuple[str, ...]


def draw_groups(players: list[str], group_size: int, seed: int, first_tee: str = "19:00") -> list[Group]:
    rng = random.Random(seed)
    pool = sorted(set(players))
    rng.shuffle(pool)
    hour, minute = (int(p) for p in first_tee.split(":"))
    groups = []
    for index in range(0, len(pool), group_size):
        slot = hour * 60 + minute + (index // group_size) * 8
        groups.append(
            Group(
                number=index // group_size + 1,
                tee_off=f"{slot // 60:02d}:{slot % 60:02d}",
                players=tuple(pool[index:index + group_size]),
            )
        )
    if len(groups) > 1 and len(groups[-1].players) == 1:
        last = groups.pop()
        groups[-1] = Group(groups[-1].number, groups[-1].tee_off, groups[-1].players + last.players)
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="League-night group draw")
    parser.add_argument("players_file", help="one player name per line")
    parser.add_argument("--seed", type=int, required=True, help="the seed announced for tonight")
    parser.add_argument("--group-size", type=int, default=4)
    parser.add_argument("--first-tee", default="19:00")
    args = parser.parse_args(argv)

    with open(args.players_file, encoding="utf-8") as fh:
        players = [line.strip() for line in fh if line.strip()]
    if len(players) < 2:
        parser.error("need at least two players")

    groups = draw_groups(players, args.group_size, args.seed, args.first_tee)
    json.dump(
        {"seed": args.seed, "groups": [g.__dict__ for g in groups]},
        sys.stdout,
        indent=2,
    )
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
