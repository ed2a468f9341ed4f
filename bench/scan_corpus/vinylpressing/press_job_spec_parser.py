"""Parses YAML pressing specs sent by labels through the order API."""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from fastapi import APIRouter, HTTPException, Request

router = APIRouter(prefix="/api/v2/specs")

WEIGHTS = {120, 140, 180, 200}
PACKAGING = {"standard_jacket", "gatefold", "obi", "box_set"}


@dataclass
class SpecLine:
    colour: str
    units: int


@dataclass
class PressingSpec:
    catalogue_number: str
    weight_g: int
    lines: list[SpecLine] = field(default_factory=list)
    packaging: str = "standard_jacket"
    inserts: int = 0


class YamlSpecParser:
    loader = yaml.SafeLoader

    def load(self, text: str) -> dict:
        doc = yaml.load(text, Loader=self.loader)
        if not isinstance(doc, dict):
            raise ValueError("spec must be a YAML mapping")
        return doc

    def parse(self, text: str) -> PressingSpec:
        doc = self.load(text)
        weight = int(doc.get("weight_g", 140))
        if weight not in WEIGHTS:
            raise ValueError(f"unsupported weight {weight}")
        packaging = str(doc.get("packaging", "standard_jacket"))
        if packaging not in PACKAGING:
            raise ValueError(f"unsupported packaging {packaging}")
        lines = [SpecLine(str(item["colour"]), int(item["units"])) for item in doc.get("lines", [])]
        return PressingSpec(
            catalogue_number=str(doc["catalogue_number"]),
            weight_g=weight,
            lines=lines,
            packaging=packaging,
            inserts=int(doc.get("inserts", 0)),
        )


@router.post("")
async def submit_spec(request: Request) -> dict:
    body = await request.body()
    if len(body) > 64 * 1024:
        raise HTTPException(413, "spec too large")
    try:
        spec = YamlSpecParser().parse(body.decode("utf-8"))
    except (KeyError, ValueError, yaml.YAMLError) as exc:
        raise HTTPException(400, str(exc)) from exc
    return {
        "catalogue_number": spec.catalogue_number,
        "units": sum(line.units for line in spec.lines),
        "packaging": spec.packaging,
    }
