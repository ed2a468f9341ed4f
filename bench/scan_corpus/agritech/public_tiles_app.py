"""Public, unauthenticated tile API for the embeddable field map widget.

Dealers embed the widget on their own sites, so any origin may read tiles.
No cookies or auth headers are involved: tiles are addressed by an opaque
public map id.
"""
from fastapi import FastAPI, HTTPException, Response
from fastapi.middleware.cors import CORSMiddleware

from .tiles import TileStore, get_tile_store

app = FastAPI(title="Public map tiles", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET", "HEAD"],
    allow_headers=["If-None-Match"],
    max_age=86400,
)

_store: TileStore = get_tile_store()


@app.get("/maps/{map_id}/{z}/{x}/{y}.png")
def tile(map_id: str, z: int, x: int, y: int) -> Response:
    if not (0 <= z <= 20):
        raise HTTPException(status_code=400, detail="zoom out of range")
    data, etag = _store.get(map_id, z, x, y)
    if data is None:
        raise HTTPException(status_code=404)
    return Response(
        content=data,
        media_type="image/png",
        headers={"Cache-Control": "public, max-age=3600", "ETag": etag},
    )
