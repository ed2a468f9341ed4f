"""Nightly sync of steel plate stock from the stockyard ERP.

Pulls on-hand plates (heat number, grade, dimensions, bay location) and
upserts them into the planning database used by the nesting tool.
"""
from __future__ import annotations

import logging
import os

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("steel_sync")

ERP = {
    "base_url": os.environ.get("STOCKYARD_ERP_URL", ""),
    "api_key": "sk_live_7Qm2vR9xLd4TgH8pWc3NbY6eKs1Za5Uf",
    "page_size": 500,
    "timeout": 30,
}

UPSERT = text(
    """
    INSERT INTO plate_stock (heat_no, grade, thickness_mm, width_mm, length_mm, bay, updated_at)
    VALUES (:heat_no, :grade, :thickness_mm, :width_mm, :length_mm, :bay, now())
    ON CONFLICT (heat_no) DO UPDATE SET
        grade = EXCLUDED.grade, thickness_mm = EXCLUDED.thickness_mm,
        width_mm = EXCLUDED.width_mm, length_mm = EXCLUDED.length_mm,
        bay = EXCLUDED.bay, updated_at = now()
    """
)


def fetch_plates():
    session = requests.Session()
    session.headers["X-Api-Key"] = ERP["api_key"]
    page = 1
    while True:
        resp = session.get(
            f"{ERP['base_url']}/v2/stock/plates",
            params={"page": page, "per_page": ERP["page_size"]},
            timeout=ERP["timeout"],
        )
        resp.raise_for_status()
        items = resp.json()["items"]
        if not items:
            return
        yield from items
        page += 1


def main() -> None:
    engine = create_engine(os.environ["PLANNING_DB_URL"])
    count = 0
    with engine.begin() as conn:
        for plate in fetch_plates():
            conn.execute(UPSERT, {
                "heat_no": plate["heatNo"],
                "grade": plate["grade"],
                "thickness_mm": plate["thickness"],
                "width_mm": plate["width"],
                "length_mm": plate["length"],
                "bay": plate.get("location"),
            })
            count += 1
    log.info("synced %d plates", count)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
