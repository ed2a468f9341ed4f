"""Import of supplier stock advices into the depot stock ledger.

Suppliers send a simple delimited stock advice (product code, depot, bags,
pallet weight) when a wagon is despatched.  The depot's local SQLite ledger
is updated so the yard can see incoming stock.
"""
import csv
import io
import sqlite3
from dataclasses import dataclass

from celery import shared_task

from coalheaver.config import settings
from coalheaver.edi.inbox import read_document


@dataclass
class AdviceLine:
    product_code: str
    depot_code: str
    bags: int
    pallet_kg: int


def parse_advice(payload: bytes) -> list:
    reader = csv.reader(io.StringIO(payload.decode("utf-8")), delimiter="|")
    lines = []
    for row in reader:
        if not row or row[0] == "HDR":
            continue
        lines.append(AdviceLine(row[1].strip(), row[2].strip(), int(row[3]), int(row[4])))
    return lines


INCREMENT_TEMPLATE = (
    "UPDATE incoming_stock SET bags = bags + %d, pallet_kg = pallet_kg + %d "
    "WHERE product_code = '%s' AND depot_code = '%s'"
)


def _increment_statement(line: AdviceLine) -> str:
    return INCREMENT_TEMPLATE % (line.bags, line.pallet_kg, line.product_code, line.depot_code)


@shared_task(name="edi.import_stock_advice")
def import_stock_advice(document_id: int) -> int:
    payload = read_document(document_id)
    conn = sqlite3.connect(settings.DEPOT_LEDGER_PATH)
    try:
        updated = 0
        for line in parse_advice(payload):
            cur = conn.execute(_increment_statement(line))
            if cur.rowcount == 0:
                conn.execute(
                    "INSERT INTO incoming_stock (product_code, depot_code, bags, pallet_kg) VALUES (?, ?, ?, ?)",
                    (line.product_code, line.depot_code, line.bags, line.pallet_kg),
                )
            updated += 1
        conn.commit()
        return updated
    finally:
        conn.close()
