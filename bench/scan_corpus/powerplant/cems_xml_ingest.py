"""Ingest hourly CEMS data files (vendor XML) dropped by the stack analyzers' DAHS."""

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

NS = {"c": "urn:dahs:cems:hourly:2"}


@dataclass
class HourlyRecord:
    stack_id: str
    hour: datetime
    nox_lb_mmbtu: float
    so2_lb_hr: float
    co2_tons: float


class CemsIngestor:
    def __init__(self, inbox: Path, store):
        self.inbox = inbox
        self.store = store
        self._parser = etree.XMLParser(remove_blank_text=True, resolve_entities=True, load_dtd=True)

    def _parse(self, path: Path) -> list[HourlyRecord]:
        root = etree.fromstring(path.read_bytes(), self._parser)
        stack = root.get("stackId")
        records = []
        for hour in root.iterfind("c:Hour", NS):
            records.append(
                HourlyRecord(
                    stack_id=stack,
                    hour=datetime.fromisoformat(hour.get("begin")),
                    nox_lb_mmbtu=float(hour.findtext("c:NOxRate", namespaces=NS)),
                    so2_lb_hr=float(hour.findtext("c:SO2Mass", namespaces=NS)),
                    co2_tons=float(hour.findtext("c:CO2Mass", namespaces=NS)),
                )
            )
        return records

    def run_once(self) -> int:
        count = 0
        for path in sorted(self.inbox.glob("*.xml")):
            try:
                records = self._parse(path)
            except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
                log.error("rejecting %s: %s", path.name, exc)
                path.rename(path.with_suffix(".rejected"))
                continue
            self.store.upsert_hourly(records)
            path.rename(path.with_suffix(".done"))
            count += len(records)
        return count
