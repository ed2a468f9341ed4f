"""Reads the ``mapproject.yaml`` manifest shipped with client project archives.

The manifest names the project, its layers (with source files and
projections) and the print layouts to produce.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MANIFEST_NAME = "mapproject.yaml"
MAX_MANIFEST_BYTES = 512 * 1024


class ManifestError(ValueError):
    pass


@dataclass
class LayerSpec:
    name: str
    source: str
    srs: str = "EPSG:4326"
    visible: bool = True


@dataclass
class ProjectManifest:
    title: str
    client: str
    layers: list[LayerSpec]
    layouts: list[dict[str, Any]] = field(default_factory=list)


def _read_yaml(path: Path) -> Any:
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        raise ManifestError("manifest is too large")
    with path.open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_manifest(project_dir: Path) -> ProjectManifest:
    path = project_dir / MANIFEST_NAME
    if not path.is_file():
        raise ManifestError(f"{MANIFEST_NAME} not found")
    doc = _read_yaml(path)
    if not isinstance(doc, dict):
        raise ManifestError("manifest must be a mapping")
    try:
        layers = [
            LayerSpec(
                name=str(item["name"]),
                source=str(item["source"]),
                srs=str(item.get("srs", "EPSG:4326")),
                visible=bool(item.get("visible", True)),
            )
            for item in doc.get("layers", [])
        ]
        return ProjectManifest(
            title=str(doc["title"]),
            client=str(doc["client"]),
            layers=layers,
            layouts=list(doc.get("layouts") or []),
        )
    except (KeyError, TypeError) as exc:
        raise ManifestError(f"invalid manifest: {exc}") from exc
