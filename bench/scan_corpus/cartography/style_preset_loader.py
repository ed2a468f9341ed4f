"""Loads cartographic style presets submitted by clients.

Clients can upload a YAML preset describing colours, line weights and label
rules for their project's print maps.  Presets are validated and stored as
JSON on the workspace.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import IO, Any

import yaml

PRESET_LOADER_OPTIONS: dict[str, Any] = {
    "loader": yaml.Loader,
    "max_bytes": 256 * 1024,
}

REQUIRED_KEYS = {"name", "palette", "layers"}


class PresetError(ValueError):
    pass


@dataclass
class StylePreset:
    name: str
    palette: dict[str, str]
    layers: list[dict[str, Any]]
    labels: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


class PresetLoader:
    def __init__(self, options: dict[str, Any] | None = None):
        opts = {**PRESET_LOADER_OPTIONS, **(options or {})}
        self._loader = opts["loader"]
        self._max_bytes = opts["max_bytes"]

    def _parse(self, stream: IO[bytes]) -> Any:
        raw = stream.read(self._max_bytes + 1)
        if len(raw) > self._max_bytes:
            raise PresetError("preset is too large")
        return yaml.load(raw, Loader=self._loader)

    def load(self, stream: IO[bytes]) -> StylePreset:
        doc = self._parse(stream)
        if not isinstance(doc, dict):
            raise PresetError("preset must be a mapping")
        missing = REQUIRED_KEYS - doc.keys()
        if missing:
            raise PresetError(f"preset is missing: {', '.join(sorted(missing))}")
        for colour in doc["palette"].values():
            if not (isinstance(colour, str) and colour.startswith("#") and len(colour) in (4, 7)):
                raise PresetError(f"bad colour value {colour!r}")
        return StylePreset(
            name=str(doc["name"]),
            palette=dict(doc["palette"]),
            layers=list(doc["layers"]),
            labels=dict(doc.get("labels") or {}),
        )
