"""Public parcel tracking API.

Anyone with a tracking number can see the scan history of a parcel; the
widget is embedded by online shops on their own order pages, so the API is
open to any origin.  No cookies or auth headers are used here.
"""
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .tracking import public_events_for

CORS_OPTIONS = dict(
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)

app = FastAPI(title="Parcel tracking - public")
app.add_middleware(CORSMiddleware, **CORS_OPTIONS)


@app.get("/v1/track/{tracking_number}")
def track(tracking_number: str):
    number = tracking_number.strip().upper()
    if not (8 <= len(number) <= 30 and number.isalnum()):
        raise HTTPException(status_code=400, detail="invalid tracking number")
    events = public_events_for(number)
    if events is None:
        raise HTTPException(status_code=404, detail="unknown tracking number")
    return {
        "tracking_number": number,
        "events": [
            {"time": e.time.isoformat(), "status": e.public_status, "location": e.public_location}
            for e in events
        ],
    }
