"""Saved stock-screener presets that users can export and share with each other."""
import jsonpickle
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .models import ScreenerPreset, db
from .screener import FilterSet

bp = Blueprint("screener_presets", __name__, url_prefix="/api/screener/presets")


@bp.get("/<int:preset_id>/export")
@login_required
def export_preset(preset_id: int):
    preset = ScreenerPreset.query.filter_by(id=preset_id, user_id=current_user.id).first_or_404()
    return jsonify(name=preset.name, filters=jsonpickle.encode(preset.filters))


@bp.post("/import")
@login_required
def import_preset():
    payload = request.get_json(force=True)
    filters = jsonpickle.decode(payload["filters"])
    if not isinstance(filters, FilterSet):
        return jsonify(error="not a screener preset"), 400

    preset = ScreenerPreset(
        user_id=current_user.id,
        name=str(payload.get("name", "Imported preset"))[:80],
        filters=filters,
    )
    db.session.add(preset)
    db.session.commit()
    return jsonify(id=preset.id), 201
