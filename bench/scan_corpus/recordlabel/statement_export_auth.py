"""Bulk export of royalty statements for the label's external accountants.

The accountants' tooling authenticates with a per-firm key. Keys are
configured as SHA-256 digests so the plaintext never sits in config.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import secrets

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import StreamingResponse

app = FastAPI(title="Statement export")


def _configured_key_digests() -> dict[str, str]:
    return json.loads(os.environ["ACCOUNTANT_KEY_DIGESTS"])


def authenticate_firm(
    x_firm: str = Header(...),
    x_api_key: str = Header(...),
) -> str:
    digests = _configured_key_digests()
    expected = digests.get(x_firm, "")
    presented = hashlib.sha256(x_api_key.encode("utf-8")).hexdigest()
    if not expected or not secrets.compare_digest(presented, expected):
        raise HTTPException(status_code=401, detail="unknown firm or key")
    return x_firm


@app.get("/exports/{period}.csv")
def export_period(period: str, firm: str = Depends(authenticate_firm)) -> StreamingResponse:
    if len(period) != 7 or period[4] != "-":
        raise HTTPException(status_code=400, detail="period must be YYYY-MM")
    with psycopg.connect(os.environ["ROYALTY_DATABASE_URL"]) as conn:
        rows = conn.execute(
            "SELECT a.name, t.isrc, t.title, s.source, s.units, s.net_receipts, s.artist_share"
            " FROM statement_lines s"
            " JOIN tracks t ON t.id = s.track_id JOIN artists a ON a.id = s.artist_id"
            " WHERE s.period = %s ORDER BY a.name, t.title",
            (period,),
        ).fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["artist", "isrc", "title", "source", "units", "net_receipts", "artist_share"])
    writer.writerows(rows)
    buf.seek(0)
    headers = {"Content-Disposition": f'attachment; filename="statements-{period}-{firm}.csv"'}
    return StreamingResponse(iter([buf.getvalue()]), media_type="text/csv", headers=headers)
