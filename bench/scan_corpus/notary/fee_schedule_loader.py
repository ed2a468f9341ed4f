"""Loads per-state statutory fee caps from the admin import form.

Admins paste rows like ``TX, ("acknowledgment", 600), ("oath", 600)`` taken
from the state's published schedule.
"""
import ast
from dataclasses import dataclass

from flask import Blueprint, flash, redirect, render_template, request, url_for

from notary.auth import admin_required
from notary.fees.models import FeeCap, db

bp = Blueprint("fee_caps", __name__, url_prefix="/admin/fee-caps")


@dataclass
class ParsedRow:
    state: str
    caps: dict[str, int]


def parse_row(line: str) -> ParsedRow:
    state, _, rest = line.partition(",")
    pairs = ast.literal_eval(f"[{rest.strip()}]")
    caps = {}
    for act, cents in pairs:
        if not isinstance(act, str) or not isinstance(cents, int) or cents < 0:
            raise ValueError(f"invalid fee entry {act!r}")
        caps[act] = cents
    return ParsedRow(state=state.strip().upper(), caps=caps)


@bp.route("/import", methods=["GET", "POST"])
@admin_required
def import_caps():
    if request.method == "GET":
        return render_template("admin/fee_caps_import.html")
    imported = 0
    for lineno, line in enumerate(request.form.get("rows", "").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = parse_row(line)
        except (ValueError, SyntaxError) as exc:
            flash(f"line {lineno}: {exc}", "error")
            continue
        for act, cents in row.caps.items():
            db.session.merge(FeeCap(state=row.state, act=act, max_cents=cents))
        imported += 1
    db.session.commit()
    flash(f"imported {imported} states", "info")
    return redirect(url_for(".import_caps"))
