"""Nightly export of fuel card transactions to the finance warehouse."""
import csv
from datetime import date
from pathlib import Path

from celery import shared_task
from sqlalchemy import create_engine, text

from bargeman.settings import settings

TRANSACTIONS_TABLE = "fuel_card_transactions"
DAY_FILTER = "booked_at >= :day AND booked_at < :day + INTERVAL '1 day' AND fleet_id = :fleet_id"
EXPORT_COLUMNS = ("txn_id", "card_last_four", "station_code", "litres", "amount_eur", "booked_at")

engine = create_engine(settings.WAREHOUSE_URL, pool_pre_ping=True)


def _select_sql() -> str:
    columns = ", ".join(EXPORT_COLUMNS)
    return f"SELECT {columns} FROM {TRANSACTIONS_TABLE} WHERE {DAY_FILTER} ORDER BY booked_at"


def export_day(day: date, fleet_id: int, out_dir: Path) -> Path:
    out_path = out_dir / f"fuel_{fleet_id}_{day:%Y%m%d}.csv"
    with engine.connect() as conn, out_path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(EXPORT_COLUMNS)
        result = conn.execute(text(_select_sql()), {"day": day, "fleet_id": fleet_id})
        for row in result:
            writer.writerow(row)
    return out_path


@shared_task(name="finance.export_fuel_transactions")
def export_fuel_transactions(day_iso: str) -> list[str]:
    day = date.fromisoformat(day_iso)
    out_dir = Path(settings.FINANCE_EXPORT_DIR)
    return [str(export_day(day, fleet_id, out_dir)) for fleet_id in settings.ACTIVE_FLEETS]
