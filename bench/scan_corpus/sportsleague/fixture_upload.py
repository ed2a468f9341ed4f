"""Bulk fixture upload for competition secretaries (YAML format).

    round: 4
    fixtures:
      - home: Riverside Rovers
        away: Hill Street FC
        kickoff: 2024-09-15T10:30:00
        venue: Riverside Park Pitch 2
"""
from datetime import datetime

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from league.fixtures import FixtureValidationError, create_fixtures

bp = Blueprint("fixture_upload", __name__)

MAX_UPLOAD_BYTES = 256 * 1024


def parse_fixture_yaml(text: str) -> tuple[int, list[dict]]:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or not isinstance(doc.get("fixtures"), list):
        raise FixtureValidationError("expected a mapping with a 'fixtures' list")
    parsed = []
    for item in doc["fixtures"]:
        kickoff = item["kickoff"]
        if not isinstance(kickoff, datetime):
            kickoff = datetime.fromisoformat(str(kickoff))
        parsed.append({"home": str(item["home"]), "away": str(item["away"]),
                       "venue": str(item.get("venue", "")), "kickoff": kickoff})
    return int(doc.get("round", 0)), parsed


@bp.post("/competitions/<int:competition_id>/fixtures/upload")
@login_required
def upload_fixtures(competition_id: int):
    if not current_user.can_manage_competition(competition_id):
        abort(403)
    upload = request.files.get("file")
    if upload is None:
        abort(400)
    data = upload.stream.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        round_no, fixtures = parse_fixture_yaml(data.decode("utf-8"))
        created = create_fixtures(competition_id, round_no, fixtures)
    except (FixtureValidationError, KeyError, ValueError, yaml.YAMLError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(created=len(created)), 201
