"""Load the workshop's operating config: course calendar defaults, lathe/steam-box bookings, shop flags."""
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_PATH = Path(os.environ.get("CHAIRWRIGHT_CONFIG", "/etc/chairwright/workshop.yaml"))


@dataclass
class CourseDefaults:
    max_students: int = 6
    deposit_gbp: int = 150
    tool_hire_gbp: int = 40
    days: int = 5


@dataclass
class WorkshopConfig:
    name: str
    timezone: str = "Europe/London"
    courses: CourseDefaults = field(default_factory=CourseDefaults)
    steam_box_slots: list[str] = field(default_factory=list)
    shop_open: bool = True
    species_in_stock: list[str] = field(default_factory=lambda: ["ash", "oak"])


class ConfigError(ValueError):
    pass


def _read(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: top level must be a mapping")
    return data


def load_config(path: Path = DEFAULT_PATH) -> WorkshopConfig:
    data = _read(path)
    try:
        courses = CourseDefaults(**data.pop("courses", {}))
        cfg = WorkshopConfig(courses=courses, **data)
    except TypeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    if cfg.courses.max_students < 1:
        raise ConfigError("courses.max_students must be positive")
    return cfg


def load_overrides(upload: bytes) -> dict:
    """Parse a YAML snippet pasted into the admin 'season settings' form."""
    data = yaml.safe_load(upload.decode("utf-8"))
    if not isinstance(data, dict):
        raise ConfigError("overrides must be a mapping")
    return {k: v for k, v in data.items() if k in WorkshopConfig.__dataclass_fields__}
