"""Parse the YAML metadata that instruments drop alongside raw data."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# libyaml is much faster on the large settings blocks some mass-spec
# instruments write; fall back to the pure-Python loader when it's missing.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REQUIRED_KEYS = {"instrument", "project", "acquired_at"}


class SidecarError(ValueError):
    pass


def read_metadata(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        data = yaml.load(fh, Loader=_Loader)
    if not isinstance(data, dict):
        raise SidecarError(f"{path.name}: top level must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise SidecarError(f"{path.name}: missing {', '.join(sorted(missing))}")
    data["project"] = str(data["project"]).strip().upper()
    return data


def read_all(drop_dir: Path) -> tuple[list[dict[str, Any]], list[str]]:
    good, errors = [], []
    for sidecar in sorted(drop_dir.glob("*.meta.yaml")):
        try:
            good.append(read_metadata(sidecar))
        except (SidecarError, yaml.YAMLError) as exc:
            errors.append(str(exc))
    return good, errors
