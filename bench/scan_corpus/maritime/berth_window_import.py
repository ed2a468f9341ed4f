"""Upload endpoint where shipping lines submit their long-term berth window requests.

Lines send a YAML document per service rotation, e.g.::

    service: AE7
    windows:
      - terminal: DCT2
        day: TUE
        start: "06:00"
        hours: 30
"""
import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from berthplan.models import BerthWindowRequest, db

bp = Blueprint("berth_windows", __name__)

_YAML_LOADER = yaml.Loader
MAX_WINDOWS = 40


@bp.post("/berth-windows/import")
@login_required
def import_windows():
    if request.content_length and request.content_length > 256 * 1024:
        abort(413)
    doc = yaml.load(request.get_data(), Loader=_YAML_LOADER)
    if not isinstance(doc, dict) or "windows" not in doc:
        abort(400, "expected a mapping with a 'windows' list")
    windows = doc["windows"][:MAX_WINDOWS]
    for w in windows:
        db.session.add(
            BerthWindowRequest(
                line_code=current_user.line_code,
                service=str(doc.get("service", "")),
                terminal=str(w["terminal"]),
                weekday=str(w["day"]).upper(),
                start=str(w["start"]),
                duration_h=int(w["hours"]),
            )
        )
    db.session.commit()
    return jsonify(imported=len(windows))
