"""Parse quarterly emissions summary XML exported by the DAHS for regulatory submission."""

from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as DET

NS = {"q": "urn:dahs:quarterly:1"}


@dataclass
class QuarterlyTotals:
    facility_id: str
    quarter: str
    op_hours: float
    so2_tons: float
    nox_tons: float
    co2_tons: float
    heat_input_mmbtu: float


def _num(elem, tag: str) -> float:
    text = elem.findtext(f"q:{tag}", namespaces=NS)
    if text is None:
        raise ValueError(f"missing {tag}")
    return float(text)


def parse_quarterly(path: Path) -> list[QuarterlyTotals]:
    root = DET.parse(path).getroot()
    facility = root.get("facilityId")
    quarter = root.get("quarter")
    totals = []
    for unit in root.iterfind("q:Unit", NS):
        totals.append(
            QuarterlyTotals(
                facility_id=f"{facility}/{unit.get('id')}",
                quarter=quarter,
                op_hours=_num(unit, "OperatingHours"),
                so2_tons=_num(unit, "SO2Tons"),
                nox_tons=_num(unit, "NOxTons"),
                co2_tons=_num(unit, "CO2Tons"),
                heat_input_mmbtu=_num(unit, "HeatInput"),
            )
        )
    return totals
