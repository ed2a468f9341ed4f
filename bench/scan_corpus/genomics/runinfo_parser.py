"""Parse RunInfo.xml from instrument run folders uploaded through the portal."""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class ReadSpec:
    number: int
    cycles: int
    indexed: bool


@dataclass
class RunInfo:
    run_id: str
    flowcell: str
    instrument: str
    run_date: str
    lanes: int
    reads: list[ReadSpec] = field(default_factory=list)

    @property
    def index_cycles(self) -> list[int]:
        return [r.cycles for r in self.reads if r.indexed]


def parse_run_info(data: bytes) -> RunInfo:
    root = etree.fromstring(data, _PARSER)
    run = root.find("Run")
    if run is None:
        raise ValueError("RunInfo.xml has no <Run> element")

    reads = [
        ReadSpec(
            number=int(r.get("Number")),
            cycles=int(r.get("NumCycles")),
            indexed=r.get("IsIndexedRead", "N").upper() == "Y",
        )
        for r in run.iterfind("Reads/Read")
    ]
    layout = run.find("FlowcellLayout")
    return RunInfo(
        run_id=run.get("Id", ""),
        flowcell=run.findtext("Flowcell", default=""),
        instrument=run.findtext("Instrument", default=""),
        run_date=run.findtext("Date", default=""),
        lanes=int(layout.get("LaneCount", "1")) if layout is not None else 1,
        reads=reads,
    )
