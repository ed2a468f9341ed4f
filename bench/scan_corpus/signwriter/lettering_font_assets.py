"""Serve the studio's lettering reference sheets to the design app.

The design app shows hand-drawn alphabets (Egyptian, Tuscan, Roman,
script) so customers can pick a letter style; each style has sheets in
several weights.
"""
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

from signwriter.config import settings

app = FastAPI()

ASSET_ROOT = Path(settings.LETTERING_ASSET_ROOT)
MEDIA_TYPES = {
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
}


def _asset_path(style: str, sheet: str) -> Path:
    relative = f"{style}/sheets/{sheet}"
    return ASSET_ROOT / relative


def _media_type(path: Path) -> str:
    return MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")


@app.get("/lettering/styles")
async def styles() -> list[str]:
    return sorted(p.name for p in ASSET_ROOT.iterdir() if p.is_dir())


@app.get("/lettering/{style}/{sheet:path}")
async def lettering_sheet(style: str, sheet: str) -> FileResponse:
    path = _asset_path(style, sheet)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="Sheet not found")
    return FileResponse(path, media_type=_media_type(path), headers={"Cache-Control": "public, max-age=604800"})
