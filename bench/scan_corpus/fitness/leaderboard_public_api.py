"""Public, read-only leaderboard API embedded on club websites.

No authentication and no cookies: anything served here is already public
on the club pages, so any site may fetch it.
"""
from fastapi import Depends, FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware

from leaderboards.db import get_session
from leaderboards.queries import public_segment_efforts

app = FastAPI(title="Public leaderboards", openapi_url=None)

app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False, allow_methods=["GET"])


@app.get("/v1/segments/{segment_id}/leaderboard")
def segment_leaderboard(
    segment_id: int,
    limit: int = Query(25, ge=1, le=100),
    db=Depends(get_session),
):
    efforts = public_segment_efforts(db, segment_id=segment_id, limit=limit)
    return [
        {
            "rank": i,
            "athlete": e.public_display_name,
            "elapsed_s": e.elapsed_s,
            "date": e.recorded_at.date().isoformat(),
        }
        for i, e in enumerate(efforts, start=1)
    ]
