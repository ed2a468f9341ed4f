"""Load configurator presets uploaded by the showroom team.

Presets are YAML documents describing a ready-made combination that
appears as a starting point in the online lamp configurator.
"""
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from lampshop.auth import require_showroom_staff

router = APIRouter(prefix="/admin/presets", dependencies=[Depends(require_showroom_staff)])

PRESET_DIR = Path("/srv/lampmaker/presets")
REQUIRED = ("name", "base", "shade")


@dataclass
class Preset:
    name: str
    base: str
    shade: str
    flex_colour: str = "black"
    tags: List[str] = field(default_factory=list)


def parse_preset(text: str) -> Preset:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("preset must be a mapping")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise ValueError(f"missing keys: {', '.join(missing)}")
    return Preset(
        name=str(data["name"]),
        base=str(data["base"]),
        shade=str(data["shade"]),
        flex_colour=str(data.get("flex_colour", "black")),
        tags=[str(t) for t in data.get("tags", [])],
    )


@router.post("")
async def upload_preset(file: UploadFile = File(...)):
    raw = await file.read()
    try:
        preset = parse_preset(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    slug = "".join(c if c.isalnum() else "-" for c in preset.name.lower()).strip("-")
    PRESET_DIR.mkdir(parents=True, exist_ok=True)
    (PRESET_DIR / f"{slug}.yaml").write_text(yaml.safe_dump(preset.__dict__), encoding="utf-8")
    return {"saved": slug}
