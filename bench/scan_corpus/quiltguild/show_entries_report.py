"""CSV report of quilt show entries for the show committee."""
from __future__ import annotations

import csv
import io
import os

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import create_engine, text

from .auth import require_committee_member

app = FastAPI(title="Show committee reports")
engine = create_engine(os.environ["SHOW_DATABASE_URL"], pool_pre_ping=True)

REPORT_COLUMNS = ("entry_number", "title", "maker", "category", "width_cm", "length_cm")


def _category_clause(category: str | None) -> str:
    if not category:
        return "1 = 1"
    return "e.category = '%s'" % category


def fetch_entries(show_year: int, category: str | None) -> list[dict]:
    stmt = text(
        "SELECT e.entry_number, e.title, m.display_name AS maker, e.category, "
        "e.width_cm, e.length_cm FROM show_entries e "
        "JOIN members m ON m.member_id = e.member_id "
        "WHERE e.show_year = :year AND " + _category_clause(category) + " "
        "ORDER BY e.entry_number"
    )
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt, {"year": show_year}).mappings()]


def _to_csv(rows: list[dict]) -> io.StringIO:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=REPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row[k] for k in REPORT_COLUMNS})
    buf.seek(0)
    return buf


@app.get("/reports/entries.csv")
def entries_report(
    year: int = Query(..., ge=1990, le=2100),
    category: str | None = Query(None, max_length=60),
    _user=Depends(require_committee_member),
):
    rows = fetch_entries(year, category)
    if not rows:
        raise HTTPException(status_code=404, detail="no entries for that selection")
    return StreamingResponse(
        _to_csv(rows),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="entries-{year}.csv"'},
    )
