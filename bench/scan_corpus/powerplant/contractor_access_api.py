"""Contractor site-access API used by the badge office SPA and the gatehouse tablets."""

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from access.auth import require_badge_office
from access.routers import badges, inductions, visits


def _allowed_origins() -> list[str]:
    raw = os.environ.get("ACCESS_API_CORS_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


app = FastAPI(title="Contractor Access API", version="2.1.0")

app.add_middleware(
    CORSMiddleware,
    allow_origins=_allowed_origins(),
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH"],
    allow_headers=["Authorization", "Content-Type"],
    max_age=600,
)

app.include_router(badges.router, prefix="/badges", dependencies=[Depends(require_badge_office)])
app.include_router(inductions.router, prefix="/inductions")
app.include_router(visits.router, prefix="/visits")


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
