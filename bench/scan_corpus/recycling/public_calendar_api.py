"""Public, unauthenticated collection-calendar API.

Embedded by parish council websites and third-party bin-day widgets, so it
answers any origin. It serves only published schedule data and never reads
cookies or auth headers.
"""

from datetime import date, timedelta

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from calendar_lookup.schedule import collections_for_uprn, find_uprns

PUBLIC_CORS = dict(
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
    max_age=86400,
)

app = FastAPI(title="Bin day calendar", openapi_url="/v1/openapi.json")
app.add_middleware(CORSMiddleware, **PUBLIC_CORS)


@app.get("/v1/addresses")
def addresses(postcode: str = Query(min_length=5, max_length=8)):
    return [{"uprn": a.uprn, "label": a.label} for a in find_uprns(postcode)]


@app.get("/v1/collections/{uprn}")
def collections(uprn: str, weeks: int = Query(default=4, ge=1, le=12)):
    if not uprn.isdigit():
        raise HTTPException(status_code=422, detail="uprn must be numeric")
    start = date.today()
    items = collections_for_uprn(uprn, start, start + timedelta(weeks=weeks))
    return {
        "uprn": uprn,
        "collections": [{"date": c.day.isoformat(), "streams": c.streams} for c in items],
    }
