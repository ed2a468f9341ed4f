"""Parse run summaries exported by the qPCR instruments (XML format).

Users upload the ``.xml`` export from the instrument software through the
LIMS; we extract per-well Cq values and attach them to the plate record.
"""
from dataclasses import dataclass

from lxml import etree

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class WellResult:
    well: str
    sample_name: str
    target: str
    cq: float | None


def _text(el, path: str, default: str = "") -> str:
    found = el.find(path)
    return found.text.strip() if found is not None and found.text else default


def parse_run_summary(uploaded_bytes: bytes) -> tuple[dict, list[WellResult]]:
    root = etree.fromstring(uploaded_bytes, parser=_PARSER)
    meta = {
        "instrument": _text(root, "Instrument/Serial"),
        "run_name": _text(root, "RunName"),
        "operator": _text(root, "Operator"),
        "started": _text(root, "StartTime"),
    }
    results = []
    for well in root.iterfind("Wells/Well"):
        cq_raw = _text(well, "Cq")
        results.append(
            WellResult(
                well=well.get("position", ""),
                sample_name=_text(well, "Sample"),
                target=_text(well, "Target"),
                cq=float(cq_raw) if cq_raw and cq_raw.lower() != "undetermined" else None,
            )
        )
    return meta, results
