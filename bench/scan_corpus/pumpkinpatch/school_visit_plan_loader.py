"""Imports school visit plans uploaded by teachers.

Teachers fill in a YAML template (class groups, arrival time, activities,
allergies and helpers) and upload it on the school visits portal.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

ACTIVITIES = {"pumpkin_picking", "hayride", "carving", "maze", "farm_talk", "picnic"}
MAX_UPLOAD = 64 * 1024


@dataclass
class ClassGroup:
    name: str
    pupils: int
    adults: int
    allergies: list[str] = field(default_factory=list)


@dataclass
class VisitPlan:
    school: str
    visit_date: date
    arrival: time
    groups: list[ClassGroup]
    activities: list[str]


def parse_plan(raw: bytes) -> VisitPlan:
    doc = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(doc, dict):
        raise ValueError("plan must be a mapping")
    activities = [a for a in doc.get("activities", []) if a in ACTIVITIES]
    groups = [
        ClassGroup(
            name=str(g["name"]),
            pupils=int(g["pupils"]),
            adults=int(g["adults"]),
            allergies=[str(a) for a in g.get("allergies", [])],
        )
        for g in doc["groups"]
    ]
    hh, mm = str(doc["arrival"]).split(":")
    return VisitPlan(
        school=str(doc["school"]),
        visit_date=date.fromisoformat(str(doc["visit_date"])),
        arrival=time(int(hh), int(mm)),
        groups=groups,
        activities=activities,
    )


def ratio_ok(group: ClassGroup) -> bool:
    return group.adults * 8 >= group.pupils


@app.post("/schools/visit-plan")
def upload_plan():
    upload = request.files.get("plan")
    if upload is None:
        abort(400)
    raw = upload.read(MAX_UPLOAD + 1)
    if len(raw) > MAX_UPLOAD:
        abort(413)
    try:
        plan = parse_plan(raw)
    except (KeyError, ValueError, TypeError):
        abort(422)
    short = [g.name for g in plan.groups if not ratio_ok(g)]
    return jsonify({
        "school": plan.school,
        "visit_date": plan.visit_date.isoformat(),
        "pupils": sum(g.pupils for g in plan.groups),
        "groups_needing_more_adults": short,
    })
