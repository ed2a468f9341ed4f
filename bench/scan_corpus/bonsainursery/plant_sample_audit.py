"""Pick a reproducible random sample of trees for the quarterly stock audit.

The auditor and the nursery manager must be able to regenerate the same list
from the same audit id, so the sampler is seeded from the audit id.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from dataclasses import dataclass

DB_PATH = "/var/lib/bonsainursery/inventory.db"
DEFAULT_SAMPLE_SIZE = 40


@dataclass(frozen=True)
class TreeRecord:
    tag: str
    species: str
    bench: str
    recorded_price_cents: int


def load_inventory(db_path: str) -> list[TreeRecord]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT tag, species, bench, price_cents FROM plants WHERE sold = 0 ORDER BY tag"
        ).fetchall()
    return [TreeRecord(*row) for row in rows]


class AuditSampler:
    def __init__(self, audit_id: int):
        self.audit_id = audit_id
        self._rng = random.Random(audit_id)

    def sample(self, trees: list[TreeRecord], size: int) -> list[TreeRecord]:
        if size >= len(trees):
            return list(trees)
        picked = self._rng.sample(trees, size)
        return sorted(picked, key=lambda t: (t.bench, t.tag))


def write_sheet(trees: list[TreeRecord], out) -> None:
    writer = csv.writer(out)
    writer.writerow(["bench", "tag", "species", "recorded_price", "counted", "notes"])
    for t in trees:
        writer.writerow([t.bench, t.tag, t.species, f"{t.recorded_price_cents / 100:.2f}", "", ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("audit_id", type=int, help="numeric id of the audit, e.g. 202403")
    parser.add_argument("--size", type=int, default=DEFAULT_SAMPLE_SIZE)
    parser.add_argument("--db", default=DB_PATH)
    args = parser.parse_args(argv)

    trees = load_inventory(args.db)
    picked = AuditSampler(args.audit_id).sample(trees, args.size)
    write_sheet(picked, sys.stdout)
    print(f"audit {args.audit_id}: {len(picked)} of {len(trees)} trees", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
