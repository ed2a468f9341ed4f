"""Loads per-well configuration (design limits, tag mappings) from YAML.

Files are uploaded by engineers through the portal and validated here before
they are stored.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REQUIRED_KEYS = {"well_id", "pad", "design_whp_bar", "tags"}


class WellConfigError(ValueError):
    pass


def parse_well_config(text: str) -> dict[str, Any]:
    data = yaml.load(text, Loader=Loader)
    if not isinstance(data, dict):
        raise WellConfigError("top level must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise WellConfigError(f"missing keys: {', '.join(sorted(missing))}")
    if not isinstance(data["tags"], dict):
        raise WellConfigError("tags must map logical names to historian tags")
    return data


def load_directory(root: Path) -> dict[str, dict[str, Any]]:
    configs = {}
    for path in sorted(root.glob("*.yaml")):
        cfg = parse_well_config(path.read_text(encoding="utf-8"))
        configs[cfg["well_id"]] = cfg
    return configs
