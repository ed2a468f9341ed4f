"""Parse qPCR run exports (XML) uploaded through the LIMS."""
from dataclasses import dataclass

from defusedxml import ElementTree as ET


@dataclass
class WellResult:
    well: str
    sample: str
    target: str
    cq: float | None


def _cq(value: str | None) -> float | None:
    if not value or value.strip().lower() in {"undetermined", "n/a"}:
        return None
    return float(value)


def parse_export(uploaded: bytes) -> tuple[dict, list[WellResult]]:
    root = ET.fromstring(uploaded, forbid_dtd=True)
    meta = {
        "instrument": root.findtext("Instrument/Serial", default=""),
        "run_name": root.findtext("RunName", default=""),
        "operator": root.findtext("Operator", default=""),
    }
    wells = [
        WellResult(
            well=w.get("position", ""),
            sample=w.findtext("Sample", default=""),
            target=w.findtext("Target", default=""),
            cq=_cq(w.findtext("Cq")),
        )
        for w in root.iterfind("Wells/Well")
    ]
    return meta, wells
