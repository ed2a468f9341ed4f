"""Loads per-depot configuration: roads, wheel lathes and inspection shifts."""
from dataclasses import dataclass
from pathlib import Path

import yaml

from wheeltapper.config import settings

CONFIG_DIR = Path(settings.DEPOT_CONFIG_DIR)


@dataclass(frozen=True)
class Road:
    number: int
    length_m: float
    has_pit: bool


@dataclass(frozen=True)
class DepotConfig:
    code: str
    name: str
    roads: tuple[Road, ...]
    lathes: tuple[str, ...]
    shift_hours: tuple[int, ...]


def _read(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader) or {}


def load_depot(code: str) -> DepotConfig:
    raw = _read(CONFIG_DIR / f"{code.lower()}.yaml")
    roads = tuple(
        Road(number=int(r["number"]), length_m=float(r["length_m"]), has_pit=bool(r.get("pit")))
        for r in raw.get("roads", [])
    )
    return DepotConfig(
        code=raw.get("code", code.upper()),
        name=raw["name"],
        roads=roads,
        lathes=tuple(raw.get("lathes", [])),
        shift_hours=tuple(int(h) for h in raw.get("shift_hours", [6, 14, 22])),
    )


def load_all() -> dict[str, DepotConfig]:
    return {p.stem.upper(): load_depot(p.stem) for p in sorted(CONFIG_DIR.glob("*.yaml"))}
