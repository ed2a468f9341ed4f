"""Ad-hoc filtering for the sample inventory export.

Lab managers can type a filter such as ``volume_ul < 50 and freezer == "F12"``
into the export screen to narrow the aliquots included in the CSV.
"""
import csv
import io
from typing import Iterable

from flask import Blueprint, Response, request

from .inventory import load_aliquots

bp = Blueprint("inventory_export", __name__)

EXPORT_FIELDS = ["barcode", "sample_type", "freezer", "rack", "box", "position", "volume_ul"]


def _matches(expr: str, row: dict) -> bool:
    return bool(eval(expr, {"__builtins__": {}}, dict(row)))


def _filtered(rows: Iterable[dict], expr: str | None) -> Iterable[dict]:
    if not expr:
        yield from rows
        return
    for row in rows:
        if _matches(expr, row):
            yield row


@bp.get("/inventory/export.csv")
def export_csv():
    expr = request.args.get("filter", "").strip() or None
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for row in _filtered(load_aliquots(), expr):
        writer.writerow(row)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=inventory.csv"},
    )
