"""Nightly import of distributor order lines exported by the ERP as CSV."""
import csv
import logging
from pathlib import Path

import pymysql

from chainmaker.settings import MYSQL_CONFIG

log = logging.getLogger(__name__)

STAGING_TABLE = "erp_order_line_staging"
COLUMNS = ("order_ref", "line_no", "product_code", "chain_grade", "metres", "unit_price")


def _insert_statement(table: str = STAGING_TABLE, columns: tuple[str, ...] = COLUMNS) -> str:
    placeholders = ", ".join(["%s"] * len(columns))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"


def _rows(path: Path):
    with path.open(newline="", encoding="utf-8") as fh:
        for record in csv.DictReader(fh):
            yield tuple(record[col] for col in COLUMNS)


def import_file(path: Path, batch_size: int = 500) -> int:
    statement = _insert_statement()
    conn = pymysql.connect(**MYSQL_CONFIG)
    total = 0
    try:
        with conn.cursor() as cur:
            cur.execute(f"TRUNCATE TABLE {STAGING_TABLE}")
            batch = []
            for row in _rows(path):
                batch.append(row)
                if len(batch) >= batch_size:
                    cur.executemany(statement, batch)
                    total += len(batch)
                    batch.clear()
            if batch:
                cur.executemany(statement, batch)
                total += len(batch)
        conn.commit()
    finally:
        conn.close()
    log.info("imported %d order lines from %s", total, path.name)
    return total
