"""Pick nest boxes for the spring occupancy survey.

The great dovecote has roughly 600 nest holes arranged in tiers around
the potence. Surveyors check a stratified random sample per tier each
spring rather than climbing to every hole.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, Iterable, List


@dataclass(frozen=True)
class NestHole:
    dovecote: str
    tier: int
    position: int

    @property
    def label(self) -> str:
        return f"{self.dovecote}-T{self.tier:02d}-{self.position:03d}"


def read_register(path: str) -> List[NestHole]:
    with open(path, newline="") as fh:
        return [
            NestHole(r["dovecote"], int(r["tier"]), int(r["position"]))
            for r in csv.DictReader(fh)
            if r.get("status", "open") == "open"
        ]


def stratified_sample(holes: Iterable[NestHole], per_tier: int, seed: int) -> List[NestHole]:
    by_tier: Dict[tuple, List[NestHole]] = defaultdict(list)
    for hole in holes:
        by_tier[(hole.dovecote, hole.tier)].append(hole)
    rng = random.Random(seed)
    chosen: List[NestHole] = []
    for key in sorted(by_tier):
        group = by_tier[key]
        chosen.extend(rng.sample(group, min(per_tier, len(group))))
    return sorted(chosen, key=lambda h: (h.dovecote, h.tier, h.position))


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("register", help="CSV of nest holes")
    parser.add_argument("--per-tier", type=int, default=6)
    parser.add_argument("--season", type=int, required=True, help="survey year, used as seed")
    args = parser.parse_args(argv)

    sample = stratified_sample(read_register(args.register), args.per_tier, args.season)
    out = csv.writer(sys.stdout)
    out.writerow(["hole", "dovecote", "tier", "position"])
    for hole in sample:
        out.writerow([hole.label, hole.dovecote, hole.tier, hole.position])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
