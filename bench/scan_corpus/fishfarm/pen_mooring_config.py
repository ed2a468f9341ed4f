"""Loads mooring inspection thresholds from site config files.

Each site directory has a mooring.yaml with the load limits of every
mooring line and the alarm thresholds for the load-cell monitoring.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

import yaml


@dataclass(frozen=True)
class MooringLine:
    line_id: str
    anchor: str
    mbl_tonnes: float
    warn_ratio: float = 0.6
    alarm_ratio: float = 0.8

    def status(self, load_tonnes: float) -> str:
        ratio = load_tonnes / self.mbl_tonnes
        if ratio >= self.alarm_ratio:
            return "alarm"
        if ratio >= self.warn_ratio:
            return "warn"
        return "ok"


class MooringConfigError(ValueError):
    pass


def load_site_mooring(site_dir: Path) -> Dict[str, MooringLine]:
    with (site_dir / "mooring.yaml").open("rb") as fh:
        doc = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or not isinstance(doc.get("lines"), list):
        raise MooringConfigError(f"{site_dir.name}: mooring.yaml must contain a 'lines' list")
    lines: Dict[str, MooringLine] = {}
    for raw in doc["lines"]:
        try:
            line = MooringLine(**raw)
        except TypeError as exc:
            raise MooringConfigError(f"{site_dir.name}: invalid line entry {raw!r}") from exc
        lines[line.line_id] = line
    return lines


def evaluate_loads(site_dir: Path, loads: Dict[str, float]) -> List[tuple]:
    config = load_site_mooring(site_dir)
    return [
        (line_id, load, config[line_id].status(load))
        for line_id, load in sorted(loads.items())
        if line_id in config
    ]
