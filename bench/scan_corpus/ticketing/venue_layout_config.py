"""Loads venue layout descriptors uploaded by venue operators.

Operators describe gates, entry zones and which sections each gate serves
in a YAML file; we validate it into typed objects before saving.
"""
from dataclasses import dataclass, field

import yaml
from yaml import SafeLoader as _Loader


@dataclass
class Gate:
    code: str
    zone: str
    sections: list[str] = field(default_factory=list)
    accessible: bool = False


@dataclass
class VenueLayout:
    venue_id: str
    capacity: int
    gates: list[Gate]


class LayoutError(ValueError):
    pass


def _gate(raw: dict) -> Gate:
    try:
        return Gate(
            code=str(raw["code"]),
            zone=str(raw["zone"]),
            sections=[str(s) for s in raw.get("sections", [])],
            accessible=bool(raw.get("accessible", False)),
        )
    except (KeyError, TypeError) as exc:
        raise LayoutError(f"invalid gate entry {raw!r}") from exc


def load_layout(text: str) -> VenueLayout:
    doc = yaml.load(text, Loader=_Loader)
    if not isinstance(doc, dict):
        raise LayoutError("layout must be a mapping")
    gates = [_gate(g) for g in doc.get("gates", [])]
    if not gates:
        raise LayoutError("layout defines no gates")
    codes = [g.code for g in gates]
    if len(codes) != len(set(codes)):
        raise LayoutError("gate codes must be unique")
    return VenueLayout(venue_id=str(doc["venue_id"]), capacity=int(doc["capacity"]), gates=gates)
