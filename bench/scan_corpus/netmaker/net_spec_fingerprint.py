"""Fingerprints for measured net specifications.

A custom net order carries a spec document (mesh size, twine, hanging ratio,
panel counts). Fleets often resend the same spec for sister vessels, so the
workshop fingerprints the normalised spec to reuse cutting plans.
"""
import hashlib
import json
from typing import Any, Mapping

from netmaker.db import get_session
from netmaker.models import CuttingPlan

SPEC_FIELDS = (
    "net_type",
    "mesh_size_mm",
    "twine_diameter_mm",
    "twine_material",
    "hanging_ratio",
    "headline_length_m",
    "panels",
)


def normalise_spec(spec: Mapping[str, Any]) -> dict:
    cleaned = {key: spec[key] for key in SPEC_FIELDS if key in spec}
    cleaned["twine_material"] = str(cleaned.get("twine_material", "")).strip().upper()
    cleaned["panels"] = sorted(cleaned.get("panels", []), key=lambda p: p.get("name", ""))
    return cleaned


def spec_fingerprint(spec: Mapping[str, Any]) -> str:
    payload = json.dumps(normalise_spec(spec), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def find_existing_plan(spec: Mapping[str, Any]):
    fingerprint = spec_fingerprint(spec)
    with get_session() as session:
        return session.query(CuttingPlan).filter_by(spec_fingerprint=fingerprint).first()


def register_plan(order_id: int, spec: Mapping[str, Any], plan_document: dict) -> CuttingPlan:
    with get_session() as session:
        plan = CuttingPlan(
            order_id=order_id,
            spec_fingerprint=spec_fingerprint(spec),
            document=plan_document,
        )
        session.add(plan)
        session.commit()
        return plan
