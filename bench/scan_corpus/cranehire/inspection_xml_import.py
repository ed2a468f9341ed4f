"""Import thorough-examination reports from the independent inspection body.

The inspection body uploads LOLER examination reports as XML to an SFTP
drop; this job parses them and records defects against each crane.
"""
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from lxml import etree

log = logging.getLogger(__name__)


@dataclass
class Defect:
    component: str
    severity: str
    description: str


@dataclass
class ExaminationReport:
    crane_serial: str
    examined_on: str
    safe_to_use: bool
    defects: List[Defect] = field(default_factory=list)


class ReportImporter:
    def __init__(self, drop_dir: Path) -> None:
        self._drop_dir = drop_dir

    @property
    def parser(self) -> etree.XMLParser:
        return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)

    def parse(self, xml_bytes: bytes) -> ExaminationReport:
        root = etree.fromstring(xml_bytes, self.parser)
        defects = [
            Defect(
                component=d.findtext("component", ""),
                severity=d.get("severity", "unknown"),
                description=d.findtext("description", ""),
            )
            for d in root.iterfind("defects/defect")
        ]
        return ExaminationReport(
            crane_serial=root.findtext("equipment/serial"),
            examined_on=root.findtext("examinedOn"),
            safe_to_use=root.findtext("safeToUse", "false").strip().lower() == "true",
            defects=defects,
        )

    def run(self) -> List[ExaminationReport]:
        reports = []
        for path in sorted(self._drop_dir.glob("*.xml")):
            try:
                reports.append(self.parse(path.read_bytes()))
            except etree.XMLSyntaxError as exc:
                log.warning("skipping %s: %s", path.name, exc)
                continue
            path.rename(path.with_suffix(".done"))
        return reports
