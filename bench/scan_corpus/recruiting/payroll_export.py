"""Nightly export of accepted offers into the payroll team's pickup folder."""

import csv
import datetime as dt
import os
from pathlib import Path

from sqlalchemy import create_engine, text

DROP_DIR = Path(os.environ.get("PAYROLL_DROP_DIR", "/srv/exports/payroll"))
# payroll's import job runs as a different unix user and deletes files after pickup
DROP_MODE = 0o666

FIELDS = ["candidate_id", "full_name", "start_date", "job_code", "base_salary", "currency"]

_engine = create_engine(os.environ["ATS_DATABASE_URL"], pool_pre_ping=True)

ACCEPTED_SQL = text(
    "SELECT c.id AS candidate_id, c.full_name, o.start_date, j.job_code, "
    "o.base_salary, o.currency FROM offers o "
    "JOIN candidates c ON c.id = o.candidate_id "
    "JOIN jobs j ON j.id = o.job_id "
    "WHERE o.status = 'accepted' AND o.accepted_at >= :since"
)


def fetch_accepted_offers(since: dt.date) -> list[dict]:
    with _engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(ACCEPTED_SQL, {"since": since})]


def write_export(rows: list[dict], run_date: dt.date) -> Path:
    DROP_DIR.mkdir(parents=True, exist_ok=True)
    target = DROP_DIR / f"accepted_offers_{run_date:%Y%m%d}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    os.chmod(target, DROP_MODE)
    return target


def main() -> None:
    today = dt.date.today()
    rows = fetch_accepted_offers(today - dt.timedelta(days=1))
    path = write_export(rows, today)
    print(f"wrote {len(rows)} rows to {path}")


if __name__ == "__main__":
    main()
