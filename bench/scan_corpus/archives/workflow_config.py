"""Load digitisation workflow definitions and per-deposit YAML manifests.

Workflow definitions live in the repository; deposit manifests arrive from
outside with each transfer; both go through the same reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Step:
    name: str
    handler: str
    retries: int = 0


@dataclass(frozen=True)
class Workflow:
    name: str
    steps: tuple[Step, ...]


def _read_yaml(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a mapping at top level")
    return data


def load_workflow(path: Path) -> Workflow:
    data = _read_yaml(path)
    steps = tuple(
        Step(name=s["name"], handler=s["handler"], retries=int(s.get("retries", 0)))
        for s in data["steps"]
    )
    return Workflow(name=data["name"], steps=steps)


def load_deposit_manifest(path: Path) -> dict:
    data = _read_yaml(path)
    for key in ("accession", "depositor", "files"):
        if key not in data:
            raise ValueError(f"{path.name}: missing {key}")
    return data
