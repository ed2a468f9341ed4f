"""Public oEmbed endpoint so other sites can embed our video players."""
import os
from urllib.parse import urlparse

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from .catalogue import VideoCatalogue

app = FastAPI(title="video-oembed")

# Anonymous, read-only metadata; no cookies or auth headers are involved.
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
)

catalogue = VideoCatalogue(os.environ["VIDEO_CATALOGUE_DSN"])
PLAYER_HOST = os.environ["PLAYER_HOST"]


@app.get("/oembed")
def oembed(url: str = Query(...), maxwidth: int = 640, maxheight: int = 360) -> dict:
    parsed = urlparse(url)
    if parsed.netloc != PLAYER_HOST or not parsed.path.startswith("/video/"):
        raise HTTPException(404, "not a video URL")
    video = catalogue.get_public(parsed.path.rsplit("/", 1)[-1])
    if video is None:
        raise HTTPException(404, "unknown video")
    width, height = min(maxwidth, 1280), min(maxheight, 720)
    return {
        "version": "1.0",
        "type": "video",
        "title": video.title,
        "provider_name": video.brand,
        "thumbnail_url": video.thumbnail_url,
        "width": width,
        "height": height,
        "html": f'<iframe src="https://{PLAYER_HOST}/embed/{video.id}" width="{width}" height="{height}" '
        'frameborder="0" allowfullscreen></iframe>',
    }
