"""Pick completed job cards for the weekly quality inspection.

QA can't re-measure every fabricated part, so each week we pull a random
sample of finished job cards per machine cell, weighted towards cells with
recent non-conformances, and print an inspection sheet for them.
"""
import argparse
import random
import sqlite3
from collections import defaultdict
from datetime import date, timedelta

DEFAULT_RATE = 0.05
MIN_PER_CELL = 2


def load_completed(conn: sqlite3.Connection, since: date) -> dict[str, list[str]]:
    rows = conn.execute(
        "SELECT cell, job_card_no FROM job_cards WHERE status = 'complete' AND completed_on >= ?",
        (since.isoformat(),),
    )
    by_cell: dict[str, list[str]] = defaultdict(list)
    for cell, card in rows:
        by_cell[cell].append(card)
    return by_cell


def sample_cards(by_cell: dict[str, list[str]], ncr_cells: set[str], rate: float = DEFAULT_RATE) -> dict[str, list[str]]:
    picked = {}
    for cell, cards in by_cell.items():
        cell_rate = rate * 3 if cell in ncr_cells else rate
        k = min(len(cards), max(MIN_PER_CELL, round(len(cards) * cell_rate)))
        picked[cell] = sorted(random.sample(cards, k))
    return picked


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/var/lib/tinsmith/jobs.db")
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--ncr-cell", action="append", default=[])
    args = ap.parse_args()

    conn = sqlite3.connect(args.db)
    since = date.today() - timedelta(days=args.days)
    for cell, cards in sample_cards(load_completed(conn, since), set(args.ncr_cell)).items():
        print(f"{cell}: {', '.join(cards)}")


if __name__ == "__main__":
    main()
