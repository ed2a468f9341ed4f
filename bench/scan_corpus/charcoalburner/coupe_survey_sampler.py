"""Pick sample plots for the annual coppice regrowth survey.

Surveyors cannot walk every stool in every coupe, so each year we draw a
random sample of the 10 m plots in coupes cut within the last five years and
record stool survival, shoot count and deer browsing.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Plot:
    coupe_id: int
    plot_no: int
    grid_ref: str


def load_plots(db_path: str, since_year: int) -> dict[int, list[Plot]]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT p.coupe_id, p.plot_no, p.grid_ref FROM survey_plots p"
            " JOIN coupes c ON c.id = p.coupe_id WHERE c.last_cut >= ?",
            (since_year,),
        ).fetchall()
    finally:
        conn.close()
    by_coupe: dict[int, list[Plot]] = {}
    for coupe_id, plot_no, grid_ref in rows:
        by_coupe.setdefault(coupe_id, []).append(Plot(coupe_id, plot_no, grid_ref))
    return by_coupe


def draw_sample(plots: dict[int, list[Plot]], fraction: float, rng: random.Random) -> list[Plot]:
    chosen: list[Plot] = []
    for coupe_id in sorted(plots):
        candidates = plots[coupe_id]
        k = max(2, round(len(candidates) * fraction))
        chosen.extend(rng.sample(candidates, min(k, len(candidates))))
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", help="coupe register SQLite file")
    parser.add_argument("--fraction", type=float, default=0.15)
    parser.add_argument("--seed", type=int, help="repeat a previous year's draw")
    args = parser.parse_args(argv)

    since = date.today().year - 5
    rng = random.Random(args.seed)
    sample = draw_sample(load_plots(args.db, since), args.fraction, rng)
    writer = csv.writer(sys.stdout)
    writer.writerow(["coupe_id", "plot_no", "grid_ref"])
    for plot in sample:
        writer.writerow([plot.coupe_id, plot.plot_no, plot.grid_ref])
    return 0


if __name__ == "__main__":
    sys.exit(main())
