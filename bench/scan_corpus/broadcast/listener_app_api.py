"""Backend for the listener app and web player: now playing, song requests, station list."""
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field
from starlette.middleware.sessions import SessionMiddleware

from .nowplaying import NowPlayingCache
from .requests_queue import RequestQueue

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
}

app = FastAPI(title="Listener API", docs_url=None, redoc_url=None)
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ["LISTENER_SESSION_SECRET"],
    https_only=True,
    same_site="lax",
)

now_playing = NowPlayingCache.from_env()
request_queue = RequestQueue.from_env()


class SongRequest(BaseModel):
    station_id: str = Field(..., max_length=32)
    track_id: str = Field(..., max_length=64)
    dedication: str | None = Field(None, max_length=280)


@app.get("/v1/stations/{station_id}/now-playing")
async def get_now_playing(station_id: str):
    item = await now_playing.get(station_id)
    if item is None:
        raise HTTPException(status_code=404, detail="unknown station")
    return item


@app.post("/v1/requests", status_code=202)
async def submit_request(body: SongRequest, request: Request):
    listener = request.session.get("listener_id")
    if listener is None:
        raise HTTPException(status_code=401, detail="sign in to request songs")
    position = await request_queue.push(body.station_id, body.track_id, listener, body.dedication)
    return {"queued": True, "position": position}


@app.get("/v1/me/requests")
async def my_requests(request: Request):
    listener = request.session.get("listener_id")
    if listener is None:
        raise HTTPException(status_code=401, detail="not signed in")
    return {"requests": await request_queue.for_listener(listener)}
