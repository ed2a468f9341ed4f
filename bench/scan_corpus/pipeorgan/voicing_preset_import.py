"""Import of voicing presets for digital and hybrid consoles.

Clients with a MIDI-upgraded console can upload voicing presets (per-stop
volume, attack, tremulant depth) exported from other installations. The preset
file is YAML; it is checked against the stops of the client's instrument and
stored against the instrument record.
"""
from dataclasses import dataclass

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from organworks.instruments import instrument_for_user, save_voicing

bp = Blueprint("voicing", __name__, url_prefix="/voicing")

MAX_PRESET_BYTES = 256 * 1024
LEVEL_RANGE = (0, 127)


@dataclass
class StopVoicing:
    stop: str
    volume: int
    attack_ms: int
    tremulant_depth: int = 0


def parse_preset(text: str) -> list[StopVoicing]:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or not isinstance(doc.get("stops"), list):
        raise ValueError("preset must contain a list of stops")
    out = []
    for entry in doc["stops"]:
        v = StopVoicing(
            stop=str(entry["stop"]),
            volume=int(entry["volume"]),
            attack_ms=int(entry.get("attack_ms", 0)),
            tremulant_depth=int(entry.get("tremulant_depth", 0)),
        )
        lo, hi = LEVEL_RANGE
        if not lo <= v.volume <= hi:
            raise ValueError(f"volume out of range for {v.stop}")
        out.append(v)
    return out


@bp.post("/<int:instrument_id>/presets")
@login_required
def upload_preset(instrument_id: int):
    instrument = instrument_for_user(current_user, instrument_id)
    if instrument is None:
        abort(404)
    raw = request.files["preset"].read(MAX_PRESET_BYTES + 1)
    if len(raw) > MAX_PRESET_BYTES:
        abort(413)
    try:
        voicings = parse_preset(raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 400
    known = set(instrument.stop_names)
    unknown = [v.stop for v in voicings if v.stop not in known]
    if unknown:
        return jsonify({"error": "unknown stops", "stops": unknown}), 422
    save_voicing(instrument, voicings)
    return jsonify({"imported": len(voicings)})
