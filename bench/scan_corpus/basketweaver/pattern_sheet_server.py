"""Serves downloadable weaving patterns bought in the online shop.

Patterns are organised in folders by style, e.g. "frame/hen-basket.pdf" or
"stake-and-strand/log-basket-large.pdf", and the shop links to them by that
relative path once the purchase is recorded.
"""
import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from .auth import current_customer
from .purchases import has_purchased

app = FastAPI()

PATTERN_ROOT = Path(os.environ.get("PATTERN_ROOT", "/srv/basketweaver/patterns")).resolve()
MEDIA_TYPES = {".pdf": "application/pdf", ".svg": "image/svg+xml"}


def resolve_pattern(relative: str) -> Path:
    candidate = (PATTERN_ROOT / relative).resolve()
    if not candidate.is_relative_to(PATTERN_ROOT) or not candidate.is_file():
        raise HTTPException(status_code=404, detail="pattern not found")
    if candidate.suffix.lower() not in MEDIA_TYPES:
        raise HTTPException(status_code=404, detail="pattern not found")
    return candidate


@app.get("/patterns/{name:path}")
async def download_pattern(name: str, customer=Depends(current_customer)):
    path = resolve_pattern(name)
    slug = path.relative_to(PATTERN_ROOT).as_posix()
    if not await has_purchased(customer.id, slug):
        raise HTTPException(status_code=403, detail="buy this pattern to download it")
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix.lower()], filename=path.name)


@app.get("/patterns/")
async def my_patterns(customer=Depends(current_customer)) -> list[str]:
    owned = []
    for path in sorted(PATTERN_ROOT.rglob("*")):
        if path.suffix.lower() in MEDIA_TYPES:
            slug = path.relative_to(PATTERN_ROOT).as_posix()
            if await has_purchased(customer.id, slug):
                owned.append(slug)
    return owned
