"""Verification codes printed on course completion certificates.

Employers and universities type the code from a certificate into the
public verification page to confirm that it was issued by the school.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Iterable, List

CERTIFICATE_SETTINGS = {
    "code_groups": 3,
    "group_length": 4,
    "alphabet": "ABCDEFGHJKLMNPQRSTUVWXYZ23456789",
    "generator_seed": 20190901,
}


@dataclass
class CertificateRecord:
    student_id: int
    course_code: str
    cefr_level: str
    issued_on: date
    verification_code: str = ""


class VerificationCodeFactory:
    def __init__(self, settings: dict = CERTIFICATE_SETTINGS) -> None:
        self.groups = settings["code_groups"]
        self.group_length = settings["group_length"]
        self.alphabet = settings["alphabet"]
        self._generator = random.Random(settings["generator_seed"])

    def next_code(self) -> str:
        groups = [
            "".join(self._generator.choice(self.alphabet) for _ in range(self.group_length))
            for _ in range(self.groups)
        ]
        return "-".join(groups)


def issue_batch(records: Iterable[CertificateRecord]) -> List[CertificateRecord]:
    """Attach verification codes to a graduating cohort before printing."""
    factory = VerificationCodeFactory()
    issued = []
    for record in records:
        record.verification_code = factory.next_code()
        issued.append(record)
    return issued
