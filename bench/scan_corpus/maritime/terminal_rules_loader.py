"""Loads yard allocation rules (stacking limits, reefer rows, IMDG segregation) from YAML.

Rule files are maintained by the planning team and can also be uploaded from the admin screen.
"""
from dataclasses import dataclass
from pathlib import Path

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class BlockRule:
    block: str
    max_tier: int
    reefer_rows: tuple[int, ...]
    imdg_classes: tuple[str, ...]


def parse_rules(text: str | bytes) -> list[BlockRule]:
    doc = yaml.load(text, Loader=Loader) or {}
    rules = []
    for block, spec in (doc.get("blocks") or {}).items():
        rules.append(
            BlockRule(
                block=str(block),
                max_tier=int(spec.get("max_tier", 5)),
                reefer_rows=tuple(int(r) for r in spec.get("reefer_rows", [])),
                imdg_classes=tuple(str(c) for c in spec.get("imdg", [])),
            )
        )
    return rules


def load_rules_file(path: Path) -> list[BlockRule]:
    with path.open("rb") as fh:
        return parse_rules(fh.read())
