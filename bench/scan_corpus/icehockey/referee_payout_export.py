"""Nightly job exporting referee game fees to the payroll database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import psycopg

log = logging.getLogger("referee_payouts")

FEE_BY_ROLE = {"referee": Decimal("65.00"), "linesman": Decimal("45.00")}


@dataclass(frozen=True)
class PayrollSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "PayrollSettings":
        return cls(
            host=os.environ["PAYROLL_DB_HOST"],
            port=int(os.environ.get("PAYROLL_DB_PORT", "5432")),
            dbname=os.environ.get("PAYROLL_DB_NAME", "payroll"),
            user=os.environ["PAYROLL_DB_USER"],
            password=os.environ["PAYROLL_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.dbname}"
            "?sslmode=verify-full"
        )


class PayoutExporter:
    def __init__(self, assignments_dsn: str, payroll: PayrollSettings) -> None:
        self.assignments_dsn = assignments_dsn
        self.payroll = payroll

    def completed_assignments(self, day: date) -> list[tuple[int, str, int]]:
        with psycopg.connect(self.assignments_dsn) as conn:
            return conn.execute(
                "SELECT a.referee_id, a.role, a.game_id FROM assignments a "
                "JOIN games g ON g.id = a.game_id "
                "WHERE g.played_on = %s AND g.status = 'final'",
                (day,),
            ).fetchall()

    def export(self, day: date) -> int:
        rows = self.completed_assignments(day)
        log.info("Connecting to payroll database %s", self.payroll.dsn)
        with psycopg.connect(self.payroll.dsn) as conn:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO officiating_fees (referee_id, game_id, role, amount, work_date) "
                    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (referee_id, game_id) DO NOTHING",
                    [(rid, gid, role, FEE_BY_ROLE.get(role, Decimal("0")), day)
                     for rid, role, gid in rows],
                )
        log.info("Exported %d officiating fees for %s", len(rows), day)
        return len(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    exporter = PayoutExporter(os.environ["ASSIGNMENTS_DSN"], PayrollSettings.from_env())
    exporter.export(date.today() - timedelta(days=1))
