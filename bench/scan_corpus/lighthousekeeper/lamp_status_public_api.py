"""Public read-only feed of lamp status for heritage websites and mariners' apps.

Anyone may embed the "is the light lit?" widget, so the feed is open to all
origins; it never reads or sets cookies and carries no personal data.
"""
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from lighthousekeeper.settings import settings
from lighthousekeeper.telemetry.store import latest_snapshot, station_codes

app = FastAPI(title="Lamp status", docs_url=None, redoc_url=None)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)


def _public_view(snapshot: dict) -> dict:
    return {
        "station": snapshot["station"],
        "lit": snapshot["lamp_on"],
        "character": snapshot.get("light_character"),
        "range_nm": snapshot.get("nominal_range_nm"),
        "updated": snapshot["polled_at"],
    }


@app.get("/v1/stations")
async def stations():
    return {"stations": await station_codes(public_only=True)}


@app.get("/v1/stations/{code}")
async def station_status(code: str):
    snapshot = await latest_snapshot(code.upper())
    if snapshot is None or not snapshot.get("public", True):
        raise HTTPException(status_code=404, detail="unknown station")
    return _public_view(snapshot)


@app.get("/v1/health")
async def health():
    return {"ok": True, "release": settings.APP_RELEASE}
