"""Serves Mapbox GL style documents for the web map viewer."""
import json
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseSettings

router = APIRouter(prefix="/styles")


class StyleSettings(BaseSettings):
    style_root: Path = Path("/srv/cartographer/styles")
    sprite_host: str = "https://tiles.cartographer.example/sprites"

    class Config:
        env_prefix = "CARTO_"


@lru_cache
def style_settings() -> StyleSettings:
    return StyleSettings()


def _load_style(name: str) -> dict:
    cfg = style_settings()
    return json.loads((cfg.style_root / f"{name}.json").read_text(encoding="utf-8"))


def _rewrite_sprite(style: dict) -> dict:
    sprite = style.get("sprite")
    if sprite and not sprite.startswith("http"):
        style["sprite"] = f"{style_settings().sprite_host}/{sprite}"
    return style


@router.get("")
def get_style(name: str = Query(default="basemap", min_length=1, max_length=120)):
    try:
        style = _load_style(name)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="style not found")
    except json.JSONDecodeError:
        raise HTTPException(status_code=500, detail="style is not valid JSON")
    return _rewrite_sprite(style)
