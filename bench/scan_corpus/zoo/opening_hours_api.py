"""Public, read-only API with opening hours, feeding talk times and weather closures.

Used by the tourism board's website and partner hotel widgets, so any origin
may read it; there are no cookies or credentials on this service.
"""

from datetime import date

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from public_info.schedule import closures_for, opening_hours_for, talks_for

app = FastAPI(title="Zoo public info API", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)


@app.get("/v1/hours/{day}")
def hours(day: date):
    info = opening_hours_for(day)
    if info is None:
        raise HTTPException(404, "no schedule published for that day")
    return {"date": day.isoformat(), "opens": info.opens, "closes": info.closes,
            "last_entry": info.last_entry, "closures": closures_for(day)}


@app.get("/v1/talks/{day}")
def talks(day: date):
    return [{"time": t.start.isoformat(timespec="minutes"), "animal": t.animal, "location": t.location}
            for t in talks_for(day)]
