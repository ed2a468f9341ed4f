"""Import the winter harvest plan from the farm manager's YAML file.

The plan lists which beds are cut in which week, the variety in each bed,
and the expected bundle count per length band. It is edited by hand and
uploaded through the admin page at the start of the cutting season.
"""

from dataclasses import dataclass
from datetime import date

import yaml
from flask import Blueprint, abort, jsonify, request
from sqlalchemy.orm import Session

from osierbed.db import get_session
from osierbed.models import HarvestWeek

bp = Blueprint("harvest_plan", __name__, url_prefix="/admin/harvest-plan")

REQUIRED_KEYS = {"bed", "variety", "week_starting", "expected_bundles"}


@dataclass
class PlannedCut:
    bed: str
    variety: str
    week_starting: date
    expected_bundles: dict[str, int]


def parse_plan(text: str) -> list[PlannedCut]:
    document = yaml.safe_load(text) or {}
    cuts = []
    for entry in document.get("cuts", []):
        missing = REQUIRED_KEYS - entry.keys()
        if missing:
            raise ValueError(f"bed entry missing {sorted(missing)}")
        week = entry["week_starting"]
        if not isinstance(week, date):
            week = date.fromisoformat(str(week))
        cuts.append(
            PlannedCut(
                bed=str(entry["bed"]),
                variety=str(entry["variety"]),
                week_starting=week,
                expected_bundles={str(k): int(v) for k, v in entry["expected_bundles"].items()},
            )
        )
    return cuts


def store_plan(db: Session, season: int, cuts: list[PlannedCut]) -> None:
    db.query(HarvestWeek).filter(HarvestWeek.season == season).delete()
    for cut in cuts:
        db.add(
            HarvestWeek(
                season=season,
                bed=cut.bed,
                variety=cut.variety,
                week_starting=cut.week_starting,
                expected=cut.expected_bundles,
            )
        )
    db.commit()


@bp.post("/<int:season>")
def upload_plan(season: int):
    upload = request.files.get("plan")
    if upload is None:
        abort(400)
    try:
        cuts = parse_plan(upload.read().decode("utf-8"))
    except (yaml.YAMLError, ValueError, KeyError) as exc:
        return jsonify(error=str(exc)), 422
    store_plan(get_session(), season, cuts)
    return jsonify(season=season, weeks=len(cuts))
