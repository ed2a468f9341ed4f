"""Parsing of ``mod.yaml`` from community mod uploads (workshop v2)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import IO

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # libyaml bindings not installed
    _Loader = yaml.SafeLoader

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{2,47}$")
MAX_MANIFEST_BYTES = 64 * 1024


@dataclass
class ModManifest:
    name: str
    version: str
    game_version: str
    authors: list[str] = field(default_factory=list)


class ManifestError(ValueError):
    pass


def load_manifest(stream: IO[str]) -> ModManifest:
    text = stream.read(MAX_MANIFEST_BYTES + 1)
    if len(text) > MAX_MANIFEST_BYTES:
        raise ManifestError("mod.yaml is too large")
    data = yaml.load(text, Loader=_Loader)
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
    )
