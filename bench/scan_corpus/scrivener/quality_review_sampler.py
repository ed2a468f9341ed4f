"""Pick certified translations for the weekly second-translator review.

Quality policy: every week a senior translator re-reads a random share
of the certified translations completed in the previous seven days,
with at least one per language pair.
"""
import random
import sqlite3
from collections import defaultdict
from datetime import date, timedelta

SAMPLE_SHARE = 0.05
MIN_PER_PAIR = 1


def completed_last_week(conn: sqlite3.Connection, today: date) -> list[sqlite3.Row]:
    since = today - timedelta(days=7)
    conn.row_factory = sqlite3.Row
    return conn.execute(
        "SELECT id, reference, source_lang, target_lang, translator_id "
        "FROM translations WHERE status = 'certified' AND completed_on >= ? AND completed_on < ?",
        (since.isoformat(), today.isoformat()),
    ).fetchall()


def group_by_pair(rows) -> dict[tuple[str, str], list]:
    groups = defaultdict(list)
    for row in rows:
        groups[(row["source_lang"], row["target_lang"])].append(row)
    return groups


def choose_for_review(rows, share: float = SAMPLE_SHARE) -> list:
    chosen = []
    for pair, items in sorted(group_by_pair(rows).items()):
        k = max(MIN_PER_PAIR, round(len(items) * share))
        chosen.extend(random.sample(items, min(k, len(items))))
    return chosen


def schedule_reviews(conn: sqlite3.Connection, reviewer_id: int, today: date | None = None) -> int:
    today = today or date.today()
    picks = [
        r for r in choose_for_review(completed_last_week(conn, today))
        if r["translator_id"] != reviewer_id
    ]
    with conn:
        conn.executemany(
            "INSERT INTO review_queue (translation_id, reviewer_id, week_of) VALUES (?, ?, ?)",
            [(r["id"], reviewer_id, today.isoformat()) for r in picks],
        )
    return len(picks)


if __name__ == "__main__":
    import sys

    with sqlite3.connect(sys.argv[1]) as db:
        print(schedule_reviews(db, int(sys.argv[2])), "translations queued for review")
