"""Imports wagon build specifications written by the drawing office.

Specs are YAML files checked into the drawings repository, one per
commission, describing dimensions, timber species and ironwork.
"""
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

REQUIRED = ("commission_ref", "body", "undercarriage", "wheels")


@dataclass
class WheelSpec:
    position: str
    diameter_in: int
    spokes: int
    tyre_width_mm: int


@dataclass
class WagonSpec:
    commission_ref: str
    body_length_mm: int
    body_timber: str
    wheels: list[WheelSpec]


class SpecError(ValueError):
    pass


def parse_spec(text: str) -> WagonSpec:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise SpecError("spec must be a mapping")
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise SpecError(f"missing sections: {', '.join(missing)}")
    wheels = [
        WheelSpec(
            position=w["position"],
            diameter_in=int(w["diameter_in"]),
            spokes=int(w.get("spokes", 12)),
            tyre_width_mm=int(w.get("tyre_width_mm", 50)),
        )
        for w in data["wheels"]
    ]
    return WagonSpec(
        commission_ref=str(data["commission_ref"]),
        body_length_mm=int(data["body"]["length_mm"]),
        body_timber=data["body"].get("timber", "ash"),
        wheels=wheels,
    )


def load_folder(folder: Path) -> list[WagonSpec]:
    specs = []
    for path in sorted(folder.glob("*.y*ml")):
        try:
            specs.append(parse_spec(path.read_text(encoding="utf-8")))
        except (SpecError, KeyError, TypeError, ValueError) as err:
            print(f"{path.name}: {err}", file=sys.stderr)
    return specs


if __name__ == "__main__":
    for spec in load_folder(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(spec.commission_ref, spec.body_length_mm, len(spec.wheels))
