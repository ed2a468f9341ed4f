"""Bulk lookup of traceability tags for wholesale customers.

Fishmongers and restaurants that receive a mixed pallet paste the tag
serials from the pack labels into a form and get back, for each pack, the
smokehouse batch, the catch area and the licence the eels were landed under.
"""

import re
import sqlite3
from dataclasses import dataclass

from fastapi import FastAPI, Form

app = FastAPI()
DB_PATH = "/var/lib/eelcoop/trace.db"
MAX_TAGS = 200


@dataclass
class TagOrigin:
    serial: str
    batch_code: str
    catch_area: str
    licence_no: str


def split_serials(raw: str) -> list[str]:
    serials = [s.strip().upper() for s in re.split(r"[\s,;]+", raw) if s.strip()]
    return list(dict.fromkeys(serials))[:MAX_TAGS]


def lookup(serials: list[str]) -> list[TagOrigin]:
    if not serials:
        return []
    in_list = ", ".join(f"'{s}'" for s in serials)
    sql = (
        "SELECT t.serial, b.batch_code, c.catch_area, c.licence_no "
        "FROM trace_tags t JOIN smoke_batches b ON b.batch_code = t.batch_code "
        "JOIN catch_lots c ON c.id = b.catch_lot_id "
        f"WHERE t.serial IN ({in_list}) ORDER BY t.serial"
    )
    with sqlite3.connect(DB_PATH) as conn:
        return [TagOrigin(*row) for row in conn.execute(sql)]


@app.post("/trace/bulk")
def bulk_trace(serials: str = Form(...)) -> dict:
    wanted = split_serials(serials)
    found = lookup(wanted)
    found_serials = {o.serial for o in found}
    return {
        "found": [o.__dict__ for o in found],
        "unknown": [s for s in wanted if s not in found_serials],
    }
