"""Public, read-only live scores API used by the embeddable widget.

No cookies or auth headers are accepted here; anything needing a login lives
on the portal API, which has its own origin allow-list.
"""
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from league.scores import public_live_matches, public_match

app = FastAPI(title="League live scores", docs_url=None, redoc_url=None)

app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "If-None-Match"],
    max_age=3600,
)


@app.get("/v1/competitions/{competition_id}/live")
async def live(competition_id: int):
    return {"competition_id": competition_id, "matches": await public_live_matches(competition_id)}


@app.get("/v1/matches/{match_id}")
async def match(match_id: int):
    result = await public_match(match_id)
    if result is None:
        raise HTTPException(status_code=404, detail="match not found")
    return result
