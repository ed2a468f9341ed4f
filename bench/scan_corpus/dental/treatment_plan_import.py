"""Imports treatment plans exported by referring practices (YAML format).

Referring dentists upload the file through the partner portal; the import
creates draft plans that a clinician has to review before they go live.
"""
from dataclasses import dataclass, field
from datetime import date

import yaml

from plans.models import DraftPlan, DraftPlanItem


@dataclass
class ImportResult:
    created: int = 0
    skipped: list[str] = field(default_factory=list)


class ReferralPlanImporter:
    required_keys = ("patient", "items", "referring_practice")

    def __init__(self, clinic_id: int):
        self.clinic_id = clinic_id

    def parse(self, stream) -> list[dict]:
        documents = yaml.load(stream, Loader=yaml.Loader)
        if isinstance(documents, dict):
            documents = [documents]
        return documents or []

    def run(self, stream) -> ImportResult:
        result = ImportResult()
        for doc in self.parse(stream):
            missing = [k for k in self.required_keys if k not in doc]
            if missing:
                result.skipped.append(f"{doc.get('patient', '?')}: missing {', '.join(missing)}")
                continue
            plan = DraftPlan.objects.create(
                clinic_id=self.clinic_id,
                patient_reference=doc["patient"]["reference"],
                referring_practice=doc["referring_practice"],
                received_on=date.today(),
            )
            for item in doc["items"]:
                DraftPlanItem.objects.create(
                    plan=plan,
                    procedure_code=item["code"],
                    tooth=item.get("tooth"),
                    surfaces=item.get("surfaces", ""),
                )
            result.created += 1
        return result
