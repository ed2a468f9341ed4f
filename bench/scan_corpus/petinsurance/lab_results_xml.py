"""Parse lab result reports (XML) that partner clinics attach to claims."""
from dataclasses import dataclass

from defusedxml import ElementTree as DET

NS = {"lab": "urn:pawprotect:lab-report:2"}


@dataclass
class LabResult:
    test_code: str
    value: str
    unit: str
    flag: str | None


def parse_lab_report(xml_bytes: bytes) -> dict:
    root = DET.fromstring(xml_bytes)
    results = [
        LabResult(
            test_code=r.findtext("lab:Code", default="", namespaces=NS),
            value=r.findtext("lab:Value", default="", namespaces=NS),
            unit=r.findtext("lab:Unit", default="", namespaces=NS),
            flag=r.findtext("lab:Flag", namespaces=NS),
        )
        for r in root.iterfind("lab:Results/lab:Result", NS)
    ]
    return {
        "report_id": root.findtext("lab:ReportId", namespaces=NS),
        "clinic_id": root.findtext("lab:ClinicId", namespaces=NS),
        "patient_chip": root.findtext("lab:Patient/lab:Chip", namespaces=NS),
        "collected_at": root.findtext("lab:CollectedAt", namespaces=NS),
        "abnormal": [r for r in results if r.flag in {"H", "L", "A"}],
        "results": results,
    }
