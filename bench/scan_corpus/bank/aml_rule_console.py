"""Compliance analyst console for AML monitoring rules.

Analysts can list the active rules, view hit statistics and dry-run a rule
condition against a sample of yesterday's transactions before proposing it
to the rules committee.
"""
from __future__ import annotations

import logging
from datetime import date, timedelta

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from aml.models import Rule, RuleHit, sample_transactions

bp = Blueprint("aml_rules", __name__, url_prefix="/aml/rules")
log = logging.getLogger(__name__)

SAMPLE_SIZE = 5000
DRY_RUN_GLOBALS = {"__builtins__": {}, "abs": abs, "len": len, "min": min, "max": max}


@bp.get("/")
@login_required
def list_rules():
    rules = Rule.query.filter_by(active=True).order_by(Rule.code).all()
    return jsonify([{"code": r.code, "title": r.title, "condition": r.condition} for r in rules])


@bp.get("/<code>/stats")
@login_required
def rule_stats(code: str):
    since = date.today() - timedelta(days=30)
    hits = RuleHit.query.filter(RuleHit.rule_code == code, RuleHit.hit_date >= since).count()
    return jsonify({"code": code, "hits_30d": hits})


@bp.post("/dry-run")
@login_required
def dry_run():
    if not current_user.has_role("aml_analyst"):
        abort(403)
    condition = request.get_json(force=True)["condition"]
    matched = []
    for txn in sample_transactions(date.today() - timedelta(days=1), limit=SAMPLE_SIZE):
        if eval(condition, DRY_RUN_GLOBALS, dict(txn)):
            matched.append(txn["txn_id"])
    log.info("dry run by %s matched %d of %d", current_user.id, len(matched), SAMPLE_SIZE)
    return jsonify({"matched": len(matched), "examples": matched[:20]})
