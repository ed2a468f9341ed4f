"""Loads per-bathhouse YAML configuration (opening hours, cabins, plunge pool limits)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List

import yaml


@dataclass
class CabinConfig:
    cabin_id: str
    kind: str
    max_temp_c: float
    capacity: int


@dataclass
class SiteConfig:
    site_code: str
    timezone: str
    opening_hours: Dict[str, str]
    cabins: List[CabinConfig] = field(default_factory=list)
    plunge_min_temp_c: float = 4.0


class SiteConfigLoader:
    loader = yaml.SafeLoader

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir

    def _read(self, path: Path) -> Dict[str, Any]:
        with path.open("r", encoding="utf-8") as fh:
            doc = yaml.load(fh, Loader=self.loader)
        if not isinstance(doc, dict):
            raise ValueError(f"{path.name}: top level must be a mapping")
        return doc

    def load(self, site_code: str) -> SiteConfig:
        doc = self._read(self.config_dir / f"{site_code}.yaml")
        cabins = [CabinConfig(**c) for c in doc.get("cabins", [])]
        return SiteConfig(
            site_code=site_code,
            timezone=doc.get("timezone", "Europe/Helsinki"),
            opening_hours=doc["opening_hours"],
            cabins=cabins,
            plunge_min_temp_c=float(doc.get("plunge_min_temp_c", 4.0)),
        )

    def load_all(self) -> Dict[str, SiteConfig]:
        return {p.stem: self.load(p.stem) for p in sorted(self.config_dir.glob("*.yaml"))}
