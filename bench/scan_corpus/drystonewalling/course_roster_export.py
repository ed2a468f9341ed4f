"""CSV roster export for course instructors.

Instructors download the roster the evening before a course so they know
who is coming, who has booked the packed lunch and who needs steel-toe
boots from the loan box.
"""
from __future__ import annotations

import csv
import io
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import StreamingResponse
from sqlalchemy import create_engine, text

from walling.auth import require_instructor

engine = create_engine(os.environ["TRAINING_DB_URL"], pool_pre_ping=True)
app = FastAPI(title="Course rosters")

ROSTER_COLUMNS = ["surname", "forename", "phone", "lunch", "boot_size", "notes"]


def fetch_roster(course_code: str):
    stmt = text(
        "SELECT t.surname, t.forename, t.phone, b.lunch, b.boot_size, b.notes"
        " FROM booking b JOIN trainee t ON t.id = b.trainee_id"
        f" WHERE b.course_code = '{course_code}' AND b.status = :status"
        " ORDER BY t.surname, t.forename"
    )
    with engine.connect() as conn:
        return conn.execute(stmt, {"status": "confirmed"}).mappings().all()


@app.get("/courses/{course_code}/roster.csv", dependencies=[Depends(require_instructor)])
def roster_csv(course_code: str):
    rows = fetch_roster(course_code)
    if not rows:
        raise HTTPException(status_code=404, detail="no confirmed bookings")

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ROSTER_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({col: row[col] for col in ROSTER_COLUMNS})
    buf.seek(0)
    return StreamingResponse(
        iter([buf.getvalue()]),
        media_type="text/csv",
        headers={"Content-Disposition": 'attachment; filename="roster.csv"'},
    )
