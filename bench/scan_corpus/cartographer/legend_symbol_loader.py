"""Serves SVG legend symbols referenced by map styles."""
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from cartographer.config import settings

router = APIRouter(prefix="/legend")
SYMBOL_ROOT = Path(settings.SYMBOL_ROOT).resolve()


def _symbol_path(name: str) -> Path:
    candidate = (SYMBOL_ROOT / f"{name}.svg").resolve()
    if not candidate.is_relative_to(SYMBOL_ROOT):
        raise PermissionError(name)
    return candidate


def _themed(svg: str, colour: str) -> str:
    if colour:
        return svg.replace("currentColor", f"#{colour}")
    return svg


@router.get("/symbol")
def legend_symbol(name: str = Query(..., max_length=120),
                  colour: str = Query(default="", regex="^[0-9a-fA-F]{6}$|^$")):
    try:
        path = _symbol_path(name)
        svg = path.read_text(encoding="utf-8")
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid symbol name")
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="symbol not found")
    return Response(_themed(svg, colour), media_type="image/svg+xml",
                    headers={"Cache-Control": "public, max-age=3600"})
