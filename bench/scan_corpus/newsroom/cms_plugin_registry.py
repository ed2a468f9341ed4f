"""Discovers CMS plugins and reads their ``plugin.yaml`` manifests.

Manifests declare the plugin's name, version, the editor panels it adds and
the permissions it needs.
"""
import logging
from dataclasses import dataclass, field
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

REQUIRED_KEYS = {"name", "version", "entrypoint"}


@dataclass
class PluginManifest:
    name: str
    version: str
    entrypoint: str
    panels: list[str] = field(default_factory=list)
    permissions: list[str] = field(default_factory=list)


def load_manifest(path: Path) -> PluginManifest:
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: manifest must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise ValueError(f"{path}: missing keys {sorted(missing)}")
    return PluginManifest(
        name=str(data["name"]),
        version=str(data["version"]),
        entrypoint=str(data["entrypoint"]),
        panels=list(data.get("panels", [])),
        permissions=list(data.get("permissions", [])),
    )


def discover(plugin_root: Path) -> dict[str, PluginManifest]:
    found = {}
    for manifest_path in sorted(plugin_root.glob("*/plugin.yaml")):
        try:
            manifest = load_manifest(manifest_path)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            log.error("skipping plugin at %s: %s", manifest_path.parent, exc)
            continue
        found[manifest.name] = manifest
    return found
