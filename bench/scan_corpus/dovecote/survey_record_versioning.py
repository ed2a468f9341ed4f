"""Optimistic concurrency for conservation condition surveys.

Surveyors edit condition records (stonework, lime mortar, timber
potence, roof lantern) on tablets that may be offline for a while in the
field. Each save carries the revision the tablet last saw.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Dict, List

ALLOWED_STATUSES = ("draft", "submitted", "reviewed", "archived")


class RevisionConflict(Exception):
    def __init__(self, survey_id: int, server_rev: int, client_rev: int) -> None:
        super().__init__(f"survey {survey_id}: server at r{server_rev}, client sent r{client_rev}")
        self.server_rev = server_rev
        self.client_rev = client_rev


@dataclass
class ConditionSurvey:
    survey_id: int
    structure: str
    status: str = "draft"
    revision: int = 1
    findings: Dict[str, str] = field(default_factory=dict)
    updated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class SurveyStore:
    def __init__(self) -> None:
        self._surveys: Dict[int, ConditionSurvey] = {}
        self.history: List[tuple] = []

    def add(self, survey: ConditionSurvey) -> None:
        self._surveys[survey.survey_id] = survey

    def save(self, survey_id: int, client_revision: int, findings: Dict[str, str],
             status: str | None = None) -> ConditionSurvey:
        current = self._surveys[survey_id]
        if current.revision != client_revision:
            raise RevisionConflict(survey_id, current.revision, client_revision)
        if current.status == "archived":
            raise PermissionError("archived surveys are read-only")
        if status is not None:
            if status not in ALLOWED_STATUSES:
                raise ValueError(f"unknown status {status}")
            current.status = status
        current.findings.update(findings)
        current.revision += 1
        current.updated_at = datetime.now(timezone.utc)
        self.history.append((survey_id, current.revision, current.updated_at))
        return current
