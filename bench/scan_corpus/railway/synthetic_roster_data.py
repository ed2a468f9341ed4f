"""Generates synthetic crew and duty data for load-testing the roster optimiser.

Output is deterministic for a given seed so benchmark runs are comparable.
Nothing here touches real staff records.
"""
import argparse
import csv
import random
from datetime import date, timedelta
from pathlib import Path

DEPOTS = ["NRW", "COL", "IPS", "LST", "CBG"]
GRADES = ["driver", "guard", "train_manager", "host"]
SURNAMES = ["Smith", "Patel", "Jones", "Okafor", "Williams", "Nowak", "Brown", "Khan", "Evans", "Murphy"]


def generate(out_dir: Path, crew_count: int, days: int, seed: int) -> None:
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    crew = []
    with (out_dir / "crew.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_no", "surname", "depot", "grade"])
        for n in range(crew_count):
            row = [f"S{100000 + n}", rng.choice(SURNAMES), rng.choice(DEPOTS), rng.choice(GRADES)]
            crew.append(row)
            w.writerow(row)
    start = date(2024, 1, 1)
    with (out_dir / "duties.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["duty_no", "depot", "duty_date", "sign_on_minutes", "length_minutes"])
        for d in range(days):
            for depot in DEPOTS:
                for k in range(rng.randint(20, 60)):
                    sign_on = rng.randrange(4 * 60, 23 * 60, 5)
                    w.writerow([f"{depot}{k:03d}", depot, start + timedelta(days=d), sign_on, rng.choice([420, 480, 540, 600])])


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("out_dir", type=Path)
    p.add_argument("--crew", type=int, default=2000)
    p.add_argument("--days", type=int, default=28)
    p.add_argument("--seed", type=int, default=20240101)
    a = p.parse_args()
    generate(a.out_dir, a.crew, a.days, a.seed)
