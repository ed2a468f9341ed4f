"""Weekly sync of approved timesheets to the payroll provider."""
from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import requests

log = logging.getLogger("payroll_sync")


@dataclass(frozen=True)
class PayrollConfig:
    api_url: str
    username: str
    password: str
    db_path: str

    @classmethod
    def from_env(cls) -> "PayrollConfig":
        return cls(
            api_url=os.environ["PAYROLL_API_URL"],
            username=os.environ["PAYROLL_USERNAME"],
            password=os.environ["PAYROLL_PASSWORD"],
            db_path=os.environ.get("HR_DB", "/srv/pumpkinpatch/hr.sqlite3"),
        )

    def __repr__(self) -> str:
        return f"PayrollConfig(api_url={self.api_url!r}, username={self.username!r}, password='***')"


def approved_hours(db_path: str, week_start: date) -> list[tuple[str, float]]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(
            "SELECT staff_number, SUM(hours) FROM timesheets"
            " WHERE approved = 1 AND day >= ? AND day < ? GROUP BY staff_number",
            (week_start.isoformat(), (week_start + timedelta(days=7)).isoformat()),
        ).fetchall()


def sync_week(cfg: PayrollConfig, week_start: date) -> int:
    session = requests.Session()
    session.auth = (cfg.username, cfg.password)
    rows = approved_hours(cfg.db_path, week_start)
    log.info(
        "syncing %d timesheets for week %s to %s as %s",
        len(rows), week_start, cfg.api_url, cfg.username,
    )
    payload = {
        "period_start": week_start.isoformat(),
        "entries": [{"employee_ref": ref, "hours": round(h, 2)} for ref, h in rows],
    }
    resp = session.post(f"{cfg.api_url}/timesheets", json=payload, timeout=30)
    if resp.status_code == 401:
        log.error("payroll provider rejected credentials for user %s", cfg.username)
    resp.raise_for_status()
    return len(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    today = date.today()
    monday = today - timedelta(days=today.weekday() + 7)
    count = sync_week(PayrollConfig.from_env(), monday)
    log.info("done: %d staff paid for week of %s", count, monday)
