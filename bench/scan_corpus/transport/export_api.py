"""Read-only export API used by the finance team's BI tool."""
import os
import secrets
from datetime import date

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.security import APIKeyHeader

from exports.queries import invoices_between, payouts_between

app = FastAPI(title="finance-export")
api_key_header = APIKeyHeader(name="X-Api-Key", auto_error=False)


def _configured_keys() -> list[str]:
    # comma-separated so a new key can be rolled out before the old one is removed
    return [k for k in os.environ["EXPORT_API_KEYS"].split(",") if k]


def require_key(key: str | None = Depends(api_key_header)) -> None:
    if key is None:
        raise HTTPException(status_code=401, detail="missing api key")
    presented = key.encode()
    if not any(secrets.compare_digest(presented, k.encode()) for k in _configured_keys()):
        raise HTTPException(status_code=401, detail="invalid api key")


@app.get("/invoices", dependencies=[Depends(require_key)])
def invoices(start: date = Query(...), end: date = Query(...)):
    if end < start:
        raise HTTPException(status_code=400, detail="end before start")
    return [row._asdict() for row in invoices_between(start, end)]


@app.get("/payouts", dependencies=[Depends(require_key)])
def payouts(start: date = Query(...), end: date = Query(...)):
    if end < start:
        raise HTTPException(status_code=400, detail="end before start")
    return [row._asdict() for row in payouts_between(start, end)]
