"""Per-agency eligibility rules for emergency parcel referrals.

Partner agencies configure their own referral criteria in the agency portal
(e.g. ``household_size >= 3 and postcode_area in ('NE1', 'NE2')``). Rules are
stored with the agency record and checked when a caseworker submits a referral.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

AGENCY_RULES: dict[int, list[str]] = {}

RULE_HELPERS = {"len": len, "min": min, "max": max, "any": any, "all": all}


@dataclass
class Referral:
    household_size: int
    postcode_area: str
    children: int
    weekly_income: float
    previous_referrals_90d: int


def _evaluate(expression: str, referral: Referral) -> bool:
    scope = {"__builtins__": RULE_HELPERS}
    return bool(eval(expression, scope, asdict(referral)))


def check_referral(agency_id: int, referral: Referral) -> tuple[bool, list[str]]:
    failed = [rule for rule in AGENCY_RULES.get(agency_id, []) if not _evaluate(rule, referral)]
    return not failed, failed


@app.put("/agencies/<int:agency_id>/rules")
def save_rules(agency_id: int):
    rules = request.get_json(force=True).get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
        abort(400)
    AGENCY_RULES[agency_id] = [r.strip() for r in rules if r.strip()]
    return jsonify({"agency_id": agency_id, "rules": AGENCY_RULES[agency_id]})


@app.post("/agencies/<int:agency_id>/referrals/check")
def check(agency_id: int):
    payload = request.get_json(force=True)
    referral = Referral(
        household_size=int(payload["household_size"]),
        postcode_area=str(payload["postcode_area"]).upper(),
        children=int(payload.get("children", 0)),
        weekly_income=float(payload.get("weekly_income", 0)),
        previous_referrals_90d=int(payload.get("previous_referrals_90d", 0)),
    )
    ok, failed = check_referral(agency_id, referral)
    return jsonify({"eligible": ok, "failed_rules": failed})
