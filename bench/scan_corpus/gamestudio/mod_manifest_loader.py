"""Reads ``mod.yaml`` from community mod uploads for the workshop service."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import IO

import yaml

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{2,47}$")


@dataclass
class ModManifest:
    name: str
    version: str
    game_version: str
    authors: list[str] = field(default_factory=list)
    dependencies: dict[str, str] = field(default_factory=dict)


class ManifestError(ValueError):
    pass


class ManifestLoader:
    yaml_options = {"Loader": yaml.Loader}

    def __init__(self, **overrides):
        self._options = {**self.yaml_options, **overrides}

    def load(self, stream: IO[str]) -> ModManifest:
        data = yaml.load(stream, **self._options)
        if not isinstance(data, dict):
            raise ManifestError("mod.yaml must be a mapping")
        name = str(data.get("name", ""))
        if not NAME_RE.match(name):
            raise ManifestError(f"invalid mod name {name!r}")
        return ModManifest(
            name=name,
            version=str(data.get("version", "0.0.0")),
            game_version=str(data["game_version"]),
            authors=[str(a) for a in data.get("authors", [])],
            dependencies={str(k): str(v) for k, v in data.get("dependencies", {}).items()},
        )
