"""Public read-only scoreboard feed consumed by fan sites and overlays.

The feed carries no user data and uses no cookies or auth headers, so any
origin may read it.
"""
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from scoreboard.cache import live_matches, match_snapshot

app = FastAPI(title="public-scoreboard", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
    max_age=600,
)


@app.get("/v1/live")
def live():
    return [m.public_view() for m in live_matches()]


@app.get("/v1/matches/{match_id}")
def match(match_id: int):
    snap = match_snapshot(match_id)
    if snap is None:
        raise HTTPException(status_code=404, detail="match not live")
    return snap.public_view()
