"""Load per-site room and ratio configuration from YAML.

Site managers edit these files in the ops portal; the loader validates them
before anything is written to the database.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml

VALID_RATIOS = {"1:3", "1:4", "1:8", "1:13"}


@dataclass(frozen=True)
class RoomConfig:
    name: str
    ratio: str
    capacity: int
    min_age_months: int
    max_age_months: int


class ConfigError(ValueError):
    pass


def parse_rooms(stream: IO[str] | str) -> list[RoomConfig]:
    data = yaml.safe_load(stream) or {}
    rooms = data.get("rooms")
    if not isinstance(rooms, list) or not rooms:
        raise ConfigError("'rooms' must be a non-empty list")

    parsed = []
    for idx, room in enumerate(rooms):
        try:
            cfg = RoomConfig(
                name=str(room["name"]),
                ratio=str(room["ratio"]),
                capacity=int(room["capacity"]),
                min_age_months=int(room.get("min_age_months", 0)),
                max_age_months=int(room.get("max_age_months", 60)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"room #{idx + 1}: {exc}") from exc
        if cfg.ratio not in VALID_RATIOS:
            raise ConfigError(f"room {cfg.name}: unsupported ratio {cfg.ratio}")
        parsed.append(cfg)
    return parsed


def load_site_file(path: Path) -> list[RoomConfig]:
    with path.open(encoding="utf-8") as fh:
        return parse_rooms(fh)
