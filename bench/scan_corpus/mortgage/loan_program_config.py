"""Loads loan program definitions (eligibility matrices, overlays) from YAML.

Secondary marketing maintains these files in the ``programs/`` directory of
the pricing-config repo; the underwriting service reads them at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:
    _Loader = yaml.SafeLoader


@dataclass
class ProgramOverlay:
    min_fico: int
    max_ltv: Decimal
    max_dti: Decimal
    occupancy: list[str] = field(default_factory=lambda: ["primary"])
    reserves_months: int = 0


@dataclass
class LoanProgram:
    code: str
    name: str
    agency: str
    overlays: dict[str, ProgramOverlay]


def _overlay(raw: dict) -> ProgramOverlay:
    return ProgramOverlay(
        min_fico=int(raw["min_fico"]),
        max_ltv=Decimal(str(raw["max_ltv"])),
        max_dti=Decimal(str(raw["max_dti"])),
        occupancy=list(raw.get("occupancy", ["primary"])),
        reserves_months=int(raw.get("reserves_months", 0)),
    )


def load_program(path: Path) -> LoanProgram:
    with path.open("r", encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=_Loader)
    return LoanProgram(
        code=doc["code"],
        name=doc["name"],
        agency=doc.get("agency", "conventional"),
        overlays={tier: _overlay(o) for tier, o in doc.get("overlays", {}).items()},
    )


def load_all(programs_dir: Path) -> dict[str, LoanProgram]:
    programs = {}
    for path in sorted(programs_dir.glob("*.y*ml")):
        program = load_program(path)
        programs[program.code] = program
    return programs
