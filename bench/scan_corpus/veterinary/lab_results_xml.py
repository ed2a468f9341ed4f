"""Import of XML lab results delivered by the reference laboratory's SFTP drop."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from defusedxml import ElementTree as SafeET


@dataclass
class LabObservation:
    test_code: str
    description: str
    value: Decimal | None
    unit: str = ""
    reference_range: str = ""
    abnormal: bool = False


@dataclass
class LabReport:
    accession: str
    patient_id: str
    observations: list[LabObservation] = field(default_factory=list)


class LabResultsXmlReader:
    namespace = {"r": "urn:reflab:results:v2"}

    def _decimal(self, text: str | None) -> Decimal | None:
        try:
            return Decimal(text) if text else None
        except InvalidOperation:
            return None

    def read(self, path: Path) -> list[LabReport]:
        root = SafeET.fromstring(path.read_bytes())
        reports = []
        for rep in root.iterfind("r:Report", self.namespace):
            report = LabReport(
                accession=rep.get("accession", ""),
                patient_id=rep.findtext("r:PatientId", "", self.namespace),
            )
            for obs in rep.iterfind("r:Observation", self.namespace):
                report.observations.append(LabObservation(
                    test_code=obs.get("code", ""),
                    description=obs.findtext("r:Name", "", self.namespace),
                    value=self._decimal(obs.findtext("r:Value", None, self.namespace)),
                    unit=obs.findtext("r:Unit", "", self.namespace),
                    reference_range=obs.findtext("r:Range", "", self.namespace),
                    abnormal=obs.get("flag", "N") in {"H", "L", "A"},
                ))
            reports.append(report)
        return reports
