"""Loads machine profiles that maintenance uploads for new line equipment.

A profile is a YAML document describing the counters a machine exposes,
their units and alarm thresholds.
"""
from dataclasses import dataclass, field

import yaml
from flask import Blueprint, abort, jsonify, request

from ropeworks.lines.registry import line_registry
from ropeworks.portal.auth import require_role

bp = Blueprint("machine_profiles", __name__, url_prefix="/machines")

ALLOWED_UNITS = {"m/min", "N", "kN", "degC", "rpm", "A", "%"}


@dataclass
class Counter:
    name: str
    unit: str
    warn_above: float | None = None
    alarm_above: float | None = None


@dataclass
class MachineProfile:
    model: str
    vendor: str
    counters: list[Counter] = field(default_factory=list)


def parse_profile(document: str) -> MachineProfile:
    data = yaml.safe_load(document)
    if not isinstance(data, dict):
        raise ValueError("profile must be a mapping")
    counters = []
    for item in data.get("counters", []):
        counter = Counter(**{k: item[k] for k in ("name", "unit", "warn_above", "alarm_above") if k in item})
        if counter.unit not in ALLOWED_UNITS:
            raise ValueError(f"unit {counter.unit!r} not supported")
        counters.append(counter)
    return MachineProfile(model=str(data["model"]), vendor=str(data["vendor"]), counters=counters)


@bp.put("/<machine_id>/profile")
@require_role("maintenance")
def upload_profile(machine_id: str):
    machine = line_registry.machine(machine_id)
    if machine is None:
        abort(404)
    try:
        profile = parse_profile(request.get_data(as_text=True))
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        abort(422, f"invalid profile: {exc}")
    machine.apply_profile(profile)
    return jsonify({"machine": machine_id, "counters": len(profile.counters)})
