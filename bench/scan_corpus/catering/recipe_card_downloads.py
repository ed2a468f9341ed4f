"""Download of recipe cards and prep sheets for the kitchen team's tablets."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_kitchen_user
from .config import settings

router = APIRouter(prefix="/kitchen/recipes")

ALLOWED_TYPES = {".pdf", ".png", ".jpg"}


class RecipeLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        if candidate.suffix.lower() not in ALLOWED_TYPES:
            raise PermissionError(relative)
        return candidate

    def sections(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and path.suffix.lower() in ALLOWED_TYPES:
                section = path.parent.relative_to(self.root).as_posix() or "general"
                out.setdefault(section, []).append(path.relative_to(self.root).as_posix())
        return out


def get_library() -> RecipeLibrary:
    return RecipeLibrary(Path(settings.recipe_card_dir))


@router.get("")
def index(library: RecipeLibrary = Depends(get_library), user=Depends(require_kitchen_user)):
    return library.sections()


@router.get("/file")
def recipe_file(
    path: str,
    library: RecipeLibrary = Depends(get_library),
    user=Depends(require_kitchen_user),
):
    try:
        target = library.resolve(path)
    except PermissionError:
        raise HTTPException(status_code=404, detail="recipe card not found") from None
    if not target.is_file():
        raise HTTPException(status_code=404, detail="recipe card not found")
    media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    return FileResponse(target, media_type=media_type, filename=target.name)
