"""Loads scene definitions that users export/import as YAML from the app."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class SceneAction:
    device_id: str
    attribute: str
    value: Any


@dataclass
class Scene:
    name: str
    icon: str = "lightbulb"
    transition_s: float = 0.0
    actions: list[SceneAction] = field(default_factory=list)


class SceneConfigError(ValueError):
    pass


class SceneConfigLoader:
    def __init__(self, max_scenes: int = 200) -> None:
        self.max_scenes = max_scenes

    def load_text(self, text: str) -> list[Scene]:
        doc = yaml.load(text, Loader=yaml.SafeLoader) or {}
        raw_scenes = doc.get("scenes", [])
        if not isinstance(raw_scenes, list) or len(raw_scenes) > self.max_scenes:
            raise SceneConfigError("'scenes' must be a list of at most %d items" % self.max_scenes)
        return [self._parse_scene(item) for item in raw_scenes]

    def load_file(self, path: Path) -> list[Scene]:
        return self.load_text(path.read_text(encoding="utf-8"))

    @staticmethod
    def _parse_scene(item: dict) -> Scene:
        try:
            actions = [SceneAction(**a) for a in item.get("actions", [])]
            return Scene(
                name=str(item["name"]),
                icon=str(item.get("icon", "lightbulb")),
                transition_s=float(item.get("transition_s", 0.0)),
                actions=actions,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SceneConfigError(f"invalid scene definition: {exc}") from exc
