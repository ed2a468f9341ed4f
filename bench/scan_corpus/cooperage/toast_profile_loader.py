"""Loads toast profiles (light, medium, medium-plus, heavy, char) for the kiln schedulers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

import yaml


@dataclass(frozen=True)
class ToastStep:
    minutes: int
    target_c: float
    humidity_pct: float = 0.0


@dataclass(frozen=True)
class ToastProfile:
    code: str
    label: str
    steps: List[ToastStep]

    @property
    def duration(self) -> int:
        return sum(step.minutes for step in self.steps)


class ProfileSource:
    """Profiles are maintained by the master cooper and uploaded from the workshop tablet."""

    loader = staticmethod(yaml.safe_load)

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def documents(self) -> Dict[str, dict]:
        docs: Dict[str, dict] = {}
        for path in sorted(self.folder.glob("*.y*ml")):
            with path.open("r", encoding="utf-8") as fh:
                docs[path.stem] = self.loader(fh) or {}
        return docs


class ProfileCatalog:
    def __init__(self, source: ProfileSource) -> None:
        self._profiles: Dict[str, ToastProfile] = {}
        for code, doc in source.documents().items():
            self._profiles[code] = self._build(code, doc)

    @staticmethod
    def _build(code: str, doc: dict) -> ToastProfile:
        steps = [
            ToastStep(int(s["minutes"]), float(s["target_c"]), float(s.get("humidity_pct", 0)))
            for s in doc.get("steps", [])
        ]
        return ToastProfile(code=code, label=str(doc.get("label", code)), steps=steps)

    def get(self, code: str) -> ToastProfile:
        return self._profiles[code]

    def codes(self) -> List[str]:
        return sorted(self._profiles)
