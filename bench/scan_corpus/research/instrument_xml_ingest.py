"""Extract acquisition metadata from vendor XML run reports.

Microscopes and sequencers in the core facilities export an XML run report
with each acquisition. Users upload the report together with the raw data
through the portal; we pull out the fields the data catalogue needs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)

FIELD_PATHS = {
    "instrument": "./Instrument/@serial",
    "model": "./Instrument/Model/text()",
    "operator": "./Operator/text()",
    "started": "./Acquisition/@start",
    "sample_id": "./Sample/@id",
}


@dataclass
class RunReport:
    instrument: str
    model: str
    operator: str
    started: datetime | None
    sample_id: str
    channels: list[str]


def _first(root: etree._Element, xpath: str) -> str:
    result = root.xpath(xpath)
    return str(result[0]).strip() if result else ""


def parse_report(source: Path | bytes) -> RunReport:
    if isinstance(source, Path):
        root = etree.parse(str(source), _PARSER).getroot()
    else:
        root = etree.fromstring(source, _PARSER)

    values = {key: _first(root, path) for key, path in FIELD_PATHS.items()}
    started = datetime.fromisoformat(values["started"]) if values["started"] else None
    channels = [c.get("name", "") for c in root.iterfind("./Acquisition/Channel")]
    return RunReport(
        instrument=values["instrument"],
        model=values["model"],
        operator=values["operator"],
        started=started,
        sample_id=values["sample_id"],
        channels=[c for c in channels if c],
    )


def summarise(reports: list[RunReport]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for report in reports:
        counts[report.instrument] = counts.get(report.instrument, 0) + 1
    return counts
