"""Public, read-only API: show directory, RSS metadata and episode listings.

Used by third-party podcast apps and web widgets. No cookies or auth here;
private feeds live on the authenticated API.
"""
from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from .catalog import find_show, list_episodes, search_shows

app = FastAPI(title="Podhost public API", docs_url="/docs")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "If-None-Match"],
    max_age=3600,
)


@app.get("/v1/shows")
def shows(q: str = Query("", max_length=100), page: int = Query(1, ge=1)):
    return {"results": search_shows(q, page=page, page_size=25)}


@app.get("/v1/shows/{slug}")
def show(slug: str):
    found = find_show(slug, include_private=False)
    if found is None:
        raise HTTPException(404, "show not found")
    return found


@app.get("/v1/shows/{slug}/episodes")
def episodes(slug: str, page: int = Query(1, ge=1)):
    found = find_show(slug, include_private=False)
    if found is None:
        raise HTTPException(404, "show not found")
    return {"results": list_episodes(found["id"], page=page, page_size=50)}
