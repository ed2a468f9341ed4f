"""Nightly export of boutique sales for the finance team's SFTP drop folder."""
from __future__ import annotations

import csv
import os
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Engine

EXPORT_DIR = Path(os.environ.get("SALES_EXPORT_DIR", "/srv/finance/drop"))
EXPORT_MODE = 0o640
FIELDS = ("boutique", "receipt", "sku", "quantity", "net_eur", "vat_eur", "sold_at")


@contextmanager
def restrictive_umask(mask: int = 0o027) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def _rows(engine: Engine, day: date):
    query = text(
        "SELECT b.code, s.receipt_no, l.sku, l.quantity, l.net_amount, l.vat_amount, s.sold_at "
        "FROM sales s JOIN sale_lines l ON l.sale_id = s.id JOIN boutiques b ON b.id = s.boutique_id "
        "WHERE s.sold_at >= :start AND s.sold_at < :end ORDER BY s.sold_at"
    )
    with engine.connect() as conn:
        yield from conn.execute(query, {"start": day, "end": day + timedelta(days=1)})


def export_day(engine: Engine, day: date | None = None) -> Path:
    day = day or date.today() - timedelta(days=1)
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    target = EXPORT_DIR / f"boutique-sales-{day:%Y%m%d}.csv"
    partial = target.with_suffix(".csv.part")
    with restrictive_umask():
        with partial.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(FIELDS)
            writer.writerows(_rows(engine, day))
    os.chmod(partial, EXPORT_MODE)
    partial.replace(target)
    return target
