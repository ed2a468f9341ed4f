"""Laser power/speed presets per material, editable by the shop lead in YAML."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

PRESETS_FILE = Path("/etc/engraver/presets.yaml")
REQUIRED = ("power", "speed", "frequency")


@dataclass(frozen=True)
class Preset:
    material: str
    machine: str
    power: int
    speed: int
    frequency: int
    passes: int = 1

    def validate(self) -> None:
        if not 1 <= self.power <= 100 or not 1 <= self.speed <= 100:
            raise ValueError(f"{self.material}/{self.machine}: power and speed are percentages")


def _from_mapping(material: str, machine: str, values: dict) -> Preset:
    missing = [k for k in REQUIRED if k not in values]
    if missing:
        raise ValueError(f"{material}/{machine} missing {', '.join(missing)}")
    preset = Preset(material, machine, int(values["power"]), int(values["speed"]),
                    int(values["frequency"]), int(values.get("passes", 1)))
    preset.validate()
    return preset


def parse_presets(text: str) -> dict[tuple[str, str], Preset]:
    doc = yaml.safe_load(text) or {}
    presets = {}
    for material, machines in doc.get("materials", {}).items():
        for machine, values in (machines or {}).items():
            presets[(material, machine)] = _from_mapping(material, machine, values)
    return presets


def load_presets(path: Path = PRESETS_FILE) -> dict[tuple[str, str], Preset]:
    presets = parse_presets(path.read_text(encoding="utf-8"))
    log.info("loaded %d laser presets from %s", len(presets), path)
    return presets


def lookup(presets: dict, material: str, machine: str) -> Preset:
    try:
        return presets[(material.lower(), machine)]
    except KeyError:
        raise LookupError(f"no preset for {material} on {machine}") from None
