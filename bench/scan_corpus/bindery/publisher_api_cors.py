"""Publisher-facing API consumed by the browser dashboard on the publisher portal."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .auth import PublisherUser, current_publisher
from .catalogue import list_titles_for, print_runs_for


def _allowed_origins() -> list[str]:
    configured = os.environ.get("PUBLISHER_PORTAL_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in configured.split(",") if o.strip()]
    return [o for o in origins if o.startswith("https://")] or [
        "https://publishers.bindery.example",
    ]


CORS_SETTINGS = {
    "allow_origins": _allowed_origins(),
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}

app = FastAPI(title="Bindery publisher API")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


@app.get("/api/titles")
def titles(user: PublisherUser = Depends(current_publisher)) -> list[dict]:
    return [
        {"isbn": t.isbn13, "title": t.title, "status": t.status}
        for t in list_titles_for(user.publisher_id)
    ]


@app.get("/api/titles/{isbn}/runs")
def runs(isbn: str, user: PublisherUser = Depends(current_publisher)) -> list[dict]:
    return [
        {"run_id": r.id, "copies": r.copies, "bound_on": r.bound_on.isoformat()}
        for r in print_runs_for(user.publisher_id, isbn)
    ]
