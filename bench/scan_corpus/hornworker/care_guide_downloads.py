"""Care guides shipped with each piece, downloadable from the shop.

Horn combs need occasional oiling, antler handles must stay out of the
dishwasher; each product page links to the matching PDF guide.
"""
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings


class GuideSettings(BaseSettings):
    guides_dir: Path = Path("/srv/hornworker/care-guides")
    default_language: str = "en"

    class Config:
        env_prefix = "HW_"


settings = GuideSettings()
router = APIRouter(prefix="/care")


def guide_path(language: str, document: str) -> Path:
    return settings.guides_dir / language / document


@router.get("/{language}/{document}")
async def download_guide(language: str, document: str):
    path = guide_path(language or settings.default_language, document)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="guide not found")
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=path.name,
    )


@router.get("/")
async def list_guides():
    folder = settings.guides_dir / settings.default_language
    return sorted(p.name for p in folder.glob("*.pdf"))
