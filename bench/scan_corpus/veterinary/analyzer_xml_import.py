"""Parse XML result files uploaded from in-clinic chemistry/haematology analyzers."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree


@dataclass
class AnalyteResult:
    code: str
    value: float | None
    unit: str
    flag: str = ""


@dataclass
class AnalyzerRun:
    patient_ref: str
    analyzer_serial: str
    run_at: datetime
    results: list[AnalyteResult] = field(default_factory=list)


class AnalyzerXmlParser:
    # some analyzer firmware declares unit names as entities in an inline DTD
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)

    def parse(self, payload: bytes) -> AnalyzerRun:
        root = etree.fromstring(payload, parser=self.parser)
        run = AnalyzerRun(
            patient_ref=root.findtext("Patient/Id", default="").strip(),
            analyzer_serial=root.get("serial", ""),
            run_at=datetime.fromisoformat(root.findtext("RunTime")),
        )
        for node in root.iterfind("Results/Analyte"):
            raw = node.findtext("Value")
            run.results.append(AnalyteResult(
                code=node.get("code", ""),
                value=float(raw) if raw not in (None, "", "---") else None,
                unit=node.findtext("Unit", default=""),
                flag=node.findtext("Flag", default=""),
            ))
        return run


def import_upload(uploaded_file, repo) -> int:
    run = AnalyzerXmlParser().parse(uploaded_file.read())
    repo.save_run(run)
    return len(run.results)
