"""Load press presets (ink limits, sheet sizes, makeready times) for the scheduler.

Presets live as YAML files in the scheduling config directory, one per press,
and are reloaded when an operator edits them from the admin screen.
"""
from dataclasses import dataclass
from pathlib import Path

import yaml

from printshop.config import settings

try:
    from yaml import CSafeLoader as PresetLoader
except ImportError:
    from yaml import SafeLoader as PresetLoader


@dataclass
class PressPreset:
    code: str
    max_sheet_mm: tuple[int, int]
    ink_limit_pct: int
    makeready_minutes: int
    stocks: list[str]


def _read(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=PresetLoader) or {}


def load_presets(directory: Path | None = None) -> dict[str, PressPreset]:
    directory = directory or Path(settings.PRESS_PRESET_DIR)
    presets = {}
    for path in sorted(directory.glob("*.yaml")):
        data = _read(path)
        preset = PressPreset(
            code=data.get("code", path.stem),
            max_sheet_mm=tuple(data["max_sheet_mm"]),
            ink_limit_pct=int(data.get("ink_limit_pct", 300)),
            makeready_minutes=int(data.get("makeready_minutes", 20)),
            stocks=list(data.get("stocks", [])),
        )
        presets[preset.code] = preset
    return presets


def fits_press(preset: PressPreset, width_mm: int, height_mm: int) -> bool:
    w, h = preset.max_sheet_mm
    return (width_mm <= w and height_mm <= h) or (width_mm <= h and height_mm <= w)
