"""Imports cemetery site surveys exported from the surveyors' tablet app.

Before a headstone is fixed, a surveyor records the plot, foundation,
ground conditions and photos.  The tablet app exports each survey as a
YAML document that the surveyor uploads to the back office.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import IO, Any

import yaml
from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from .db import get_session

log = logging.getLogger(__name__)

surveys_bp = Blueprint("surveys", __name__, url_prefix="/surveys")


@dataclass
class SiteSurvey:
    order_ref: str
    cemetery: str
    plot: str
    ground: str
    foundation_mm: int
    notes: str = ""
    photos: list[str] = field(default_factory=list)


def _load_document(stream: IO[bytes], loader=yaml.Loader) -> Any:
    return yaml.load(stream, Loader=loader)


def parse_survey(stream: IO[bytes]) -> SiteSurvey:
    doc = _load_document(stream)
    if not isinstance(doc, dict) or "survey" not in doc:
        raise ValueError("not a site survey export")
    s = doc["survey"]
    return SiteSurvey(
        order_ref=str(s["order_ref"]),
        cemetery=str(s["cemetery"]),
        plot=str(s["plot"]),
        ground=str(s.get("ground", "unknown")),
        foundation_mm=int(s.get("foundation_mm", 0)),
        notes=str(s.get("notes", "")),
        photos=[str(p) for p in s.get("photos", [])],
    )


@surveys_bp.post("/upload")
def upload_survey():
    upload = request.files.get("survey")
    if upload is None:
        abort(400)
    try:
        survey = parse_survey(upload.stream)
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        log.warning("rejected survey upload: %s", exc)
        abort(422)
    session = get_session()
    session.execute(
        text(
            "INSERT INTO site_surveys (order_ref, cemetery, plot, ground, foundation_mm, notes)"
            " VALUES (:order_ref, :cemetery, :plot, :ground, :foundation_mm, :notes)"
        ),
        {
            "order_ref": survey.order_ref,
            "cemetery": survey.cemetery,
            "plot": survey.plot,
            "ground": survey.ground,
            "foundation_mm": survey.foundation_mm,
            "notes": survey.notes,
        },
    )
    session.commit()
    return jsonify(order_ref=survey.order_ref, photos=len(survey.photos)), 201
