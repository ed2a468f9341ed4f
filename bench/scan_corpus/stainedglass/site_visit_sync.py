"""Receives restoration site-visit surveys uploaded from the field tablets.

A survey bundles panel condition notes, bowing measurements and photo
references for a church or heritage window under assessment.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from datetime import date

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass
class PanelCondition:
    panel_ref: str
    bowing_mm: float
    cracked_pieces: int
    lead_fatigue: str


@dataclass
class SiteSurvey:
    site_name: str
    visit_date: date
    surveyor: str
    panels: list[PanelCondition] = field(default_factory=list)


class SurveyInbox:
    """Decodes tablet bundles and keeps them until the office reviews them."""

    codec = pickle
    max_bytes = 8 * 1024 * 1024

    def __init__(self) -> None:
        self.pending: dict[str, SiteSurvey] = {}

    def accept(self, raw: bytes) -> SiteSurvey:
        if len(raw) > self.max_bytes:
            raise ValueError("bundle too large")
        survey = self.codec.loads(raw)
        if not isinstance(survey, SiteSurvey):
            raise ValueError("not a site survey")
        key = f"{survey.site_name}:{survey.visit_date.isoformat()}"
        self.pending[key] = survey
        return survey

    def summary(self) -> list[dict]:
        return [
            {"key": k, "panels": len(s.panels), "worst_bowing": max((p.bowing_mm for p in s.panels), default=0)}
            for k, s in self.pending.items()
        ]


inbox = SurveyInbox()


@app.post("/field/surveys")
def upload_survey():
    try:
        survey = inbox.accept(request.get_data())
    except ValueError as exc:
        abort(400, str(exc))
    return jsonify(site=survey.site_name, panels=len(survey.panels)), 201


@app.get("/field/surveys")
def list_surveys():
    return jsonify(inbox.summary())
