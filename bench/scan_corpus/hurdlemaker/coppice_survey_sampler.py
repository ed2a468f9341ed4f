"""Picks sample stools for the annual coppice regrowth survey.

Each winter we measure regrowth on a random sample of stools in every coupe
cut in the last three seasons. The sample is seeded from the coupe and
survey year so the same stools are revisited if a survey is redone.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Stool:
    stool_id: int
    coupe_id: int
    grid_ref: str
    species: str


def load_stools(conn: sqlite3.Connection, coupe_id: int) -> list[Stool]:
    rows = conn.execute(
        "SELECT stool_id, coupe_id, grid_ref, species FROM stools WHERE coupe_id = ? ORDER BY stool_id",
        (coupe_id,),
    ).fetchall()
    return [Stool(*row) for row in rows]


def recent_coupes(conn: sqlite3.Connection, survey_year: int) -> list[int]:
    rows = conn.execute(
        "SELECT DISTINCT coupe_id FROM rotation_cuts WHERE cut_year BETWEEN ? AND ?",
        (survey_year - 3, survey_year - 1),
    ).fetchall()
    return [r[0] for r in rows]


def sample_stools(stools: list[Stool], survey_year: int, fraction: float = 0.1, minimum: int = 5) -> list[Stool]:
    if not stools:
        return []
    rng = random.Random(f"{stools[0].coupe_id}:{survey_year}")
    size = min(len(stools), max(minimum, round(len(stools) * fraction)))
    return sorted(rng.sample(stools, size), key=lambda s: s.stool_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database")
    parser.add_argument("survey_year", type=int)
    parser.add_argument("--fraction", type=float, default=0.1)
    args = parser.parse_args(argv)

    conn = sqlite3.connect(args.database)
    writer = csv.writer(sys.stdout)
    writer.writerow(["coupe_id", "stool_id", "grid_ref", "species"])
    for coupe_id in recent_coupes(conn, args.survey_year):
        for stool in sample_stools(load_stools(conn, coupe_id), args.survey_year, args.fraction):
            writer.writerow([stool.coupe_id, stool.stool_id, stool.grid_ref, stool.species])
    conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
