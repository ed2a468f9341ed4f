"""Import blood-panel results from the external veterinary laboratory.

The lab emails an XML export per sample batch; the vet team uploads it on
the health records page and we attach the values to each animal's record.
"""

from dataclasses import dataclass
from datetime import datetime

from lxml import etree


@dataclass
class PanelResult:
    animal_id: str
    sample_taken: datetime
    analyte: str
    value: float
    unit: str
    flag: str | None


_parser = etree.XMLParser(
    remove_blank_text=True,
    resolve_entities=True,
    load_dtd=True,
    no_network=False,
)


def parse_lab_export(data: bytes) -> list[PanelResult]:
    root = etree.fromstring(data, parser=_parser)
    results = []
    for sample in root.iterfind(".//Sample"):
        animal_id = sample.findtext("PatientId", default="").strip()
        taken = datetime.fromisoformat(sample.findtext("CollectedAt"))
        for row in sample.iterfind("Analyte"):
            results.append(
                PanelResult(
                    animal_id=animal_id,
                    sample_taken=taken,
                    analyte=row.get("code"),
                    value=float(row.findtext("Value")),
                    unit=row.findtext("Unit", default=""),
                    flag=row.findtext("Flag"),
                )
            )
    return results


def group_by_animal(results: list[PanelResult]) -> dict[str, list[PanelResult]]:
    grouped: dict[str, list[PanelResult]] = {}
    for r in results:
        grouped.setdefault(r.animal_id, []).append(r)
    return grouped
