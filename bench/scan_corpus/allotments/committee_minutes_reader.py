"""Read committee meeting minutes stored as Markdown files.

Minutes are kept in a directory tree by year (``2024/2024-03-12.md``) and
rendered in the portal for committee members and, once approved, for all
plot holders.
"""
from __future__ import annotations

from pathlib import Path

import markdown
from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import HTMLResponse

from .auth import current_member
from .settings import settings


class MinutesArchive:
    def __init__(self, root: Path) -> None:
        self._root = root.resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self._root / relative).resolve()
        if not candidate.is_relative_to(self._root) or candidate.suffix != ".md":
            raise HTTPException(status_code=404)
        if not candidate.is_file():
            raise HTTPException(status_code=404)
        return candidate

    def render(self, relative: str) -> str:
        text = self.resolve(relative).read_text(encoding="utf-8")
        return markdown.markdown(text, extensions=["tables"])

    def index(self) -> list[str]:
        return sorted(
            (str(p.relative_to(self._root)) for p in self._root.rglob("*.md")),
            reverse=True,
        )


archive = MinutesArchive(Path(settings.minutes_root))
router = APIRouter(prefix="/committee/minutes", dependencies=[Depends(current_member)])


@router.get("/")
def list_minutes() -> dict:
    return {"minutes": archive.index()}


@router.get("/{relative:path}", response_class=HTMLResponse)
def show_minutes(relative: str) -> str:
    body = archive.render(relative)
    return f"<article class='minutes'>{body}</article>"
