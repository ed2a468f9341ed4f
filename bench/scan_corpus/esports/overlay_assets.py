"""Serves theme assets (logos, fonts, stingers) to broadcast overlays."""
import mimetypes
import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

ASSET_ROOT = os.environ.get("OVERLAY_ASSET_ROOT", "/srv/overlay-themes")
THEMES = {"default", "finals", "community-cup", "sponsor-night"}

app = FastAPI(title="overlay-assets")


@app.get("/themes")
def list_themes():
    return sorted(THEMES)


@app.get("/themes/{theme}/assets/{asset_path:path}")
def theme_asset(theme: str, asset_path: str):
    if theme not in THEMES:
        raise HTTPException(status_code=404, detail="unknown theme")
    full_path = os.path.join(ASSET_ROOT, theme, asset_path)
    if not os.path.isfile(full_path):
        raise HTTPException(status_code=404, detail="asset not found")
    media_type, _ = mimetypes.guess_type(full_path)
    return FileResponse(
        full_path,
        media_type=media_type or "application/octet-stream",
        headers={"Cache-Control": "public, max-age=300"},
    )
