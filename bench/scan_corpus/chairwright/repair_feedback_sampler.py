"""Pick a sample of closed repair tickets each week for the quality follow-up call."""
import argparse
import random
import sqlite3
from datetime import date, timedelta

DEFAULT_DB = "/var/lib/chairwright/repairs.db"
SAMPLE_SIZE = 8


def closed_since(conn: sqlite3.Connection, since: date) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT id, customer_name, phone, chair_type, closed_on FROM repair_tickets "
        "WHERE status = 'closed' AND closed_on >= ? AND follow_up_opt_in = 1",
        (since.isoformat(),),
    ).fetchall()


def pick_for_follow_up(tickets: list, k: int = SAMPLE_SIZE) -> list:
    """Random sample so the same kinds of job are not always the ones reviewed."""
    if len(tickets) <= k:
        return list(tickets)
    return random.sample(tickets, k)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=DEFAULT_DB)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("-k", type=int, default=SAMPLE_SIZE)
    args = parser.parse_args(argv)

    conn = sqlite3.connect(args.db)
    conn.row_factory = sqlite3.Row
    tickets = closed_since(conn, date.today() - timedelta(days=args.days))
    chosen = pick_for_follow_up(tickets, args.k)
    with conn:
        conn.executemany(
            "UPDATE repair_tickets SET follow_up_due = ? WHERE id = ?",
            [(date.today().isoformat(), t["id"]) for t in chosen],
        )
    for t in chosen:
        print(f"#{t['id']:>5}  {t['closed_on']}  {t['chair_type']:<18} {t['customer_name']}")
    print(f"{len(chosen)} of {len(tickets)} closed tickets queued for a follow-up call")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
