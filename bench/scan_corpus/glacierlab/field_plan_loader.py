"""Load field-season logistics plans uploaded by team leads.

A plan is a YAML document listing the team, the camps, helicopter slots and the
cargo manifest. Plans are validated before they reach the logistics planner.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import yaml
from flask import Blueprint, abort, current_app, jsonify, request


@dataclass
class CargoItem:
    description: str
    mass_kg: float
    hazardous: bool = False


@dataclass
class FieldPlan:
    season: str
    camp: str
    starts_on: date
    team: list[str]
    cargo: list[CargoItem] = field(default_factory=list)

    @property
    def cargo_mass_kg(self) -> float:
        return sum(item.mass_kg for item in self.cargo)


class FieldPlanLoader:
    max_cargo_kg = 1200.0

    @property
    def yaml_loader(self):
        return yaml.SafeLoader

    def parse(self, text: str) -> FieldPlan:
        document = yaml.load(text, Loader=self.yaml_loader)
        if not isinstance(document, dict):
            raise ValueError("plan must be a mapping")
        starts_on = document["starts_on"]
        if not isinstance(starts_on, date):
            starts_on = date.fromisoformat(str(starts_on))
        plan = FieldPlan(
            season=str(document["season"]),
            camp=str(document["camp"]),
            starts_on=starts_on,
            team=[str(member) for member in document.get("team", [])],
            cargo=[
                CargoItem(str(c["description"]), float(c["mass_kg"]), bool(c.get("hazardous", False)))
                for c in document.get("cargo", [])
            ],
        )
        if plan.cargo_mass_kg > self.max_cargo_kg:
            raise ValueError("cargo exceeds the helicopter sling limit")
        return plan


bp = Blueprint("field_plans", __name__, url_prefix="/logistics")


@bp.post("/plans")
def upload_plan():
    upload = request.files.get("plan")
    if upload is None:
        abort(400, "plan file missing")
    try:
        plan = FieldPlanLoader().parse(upload.read().decode("utf-8"))
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        abort(400, str(exc))
    current_app.extensions["logistics"].save_plan(plan)
    return jsonify(season=plan.season, camp=plan.camp, cargo_kg=plan.cargo_mass_kg), 201
