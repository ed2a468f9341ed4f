"""Weekly quality-control sample of re-tinned pans.

Each week the workshop foreman inspects a random selection of the pans that
went through the tinning bench: coverage, wipe marks, tin pooling at rivets.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
from datetime import date, timedelta

DB_PATH = "/var/lib/copperbeater/workshop.db"
SAMPLE_RATE = 0.1
MIN_SAMPLE = 5


def jobs_finished_between(conn: sqlite3.Connection, start: date, end: date) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    return conn.execute(
        "SELECT id, customer_name, item, tinner, finished_on FROM tinning_jobs "
        "WHERE finished_on >= ? AND finished_on < ? AND status = 'finished'",
        (start.isoformat(), end.isoformat()),
    ).fetchall()


def pick_sample(jobs: list, rate: float = SAMPLE_RATE, rng: random.Random | None = None) -> list:
    rng = rng or random.Random()
    size = max(MIN_SAMPLE, round(len(jobs) * rate))
    if size >= len(jobs):
        return list(jobs)
    return rng.sample(jobs, size)


def write_checklist(sample: list, path: str) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["job_id", "customer", "item", "tinner", "coverage_ok", "notes"])
        for job in sorted(sample, key=lambda j: j["tinner"]):
            writer.writerow([job["id"], job["customer_name"], job["item"], job["tinner"], "", ""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--week-ending", type=date.fromisoformat, default=date.today())
    parser.add_argument("--out", default="qc_checklist.csv")
    args = parser.parse_args()
    start = args.week_ending - timedelta(days=7)
    with sqlite3.connect(DB_PATH) as conn:
        jobs = jobs_finished_between(conn, start, args.week_ending)
    sample = pick_sample(jobs)
    write_checklist(sample, args.out)
    print(f"{len(sample)} of {len(jobs)} jobs selected for inspection -> {args.out}")


if __name__ == "__main__":
    main()
