"""Species lookups for the census data-entry form.

The form lets volunteers tick several species seen at a dovecote visit;
the selected BTO-style two-letter codes are posted back as a list.
"""
from __future__ import annotations

import sqlite3
from typing import Dict, Iterable, List

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("species", __name__, url_prefix="/census/species")


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["CENSUS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def species_by_codes(conn: sqlite3.Connection, codes: Iterable[str]) -> List[Dict]:
    codes = sorted({c.strip().upper() for c in codes if c.strip()})
    if not codes:
        return []
    marks = ",".join("?" * len(codes))
    rows = conn.execute(
        f"SELECT code, common_name, scientific_name, conservation_status "
        f"FROM species WHERE code IN ({marks}) ORDER BY common_name",
        codes,
    ).fetchall()
    return [dict(r) for r in rows]


def last_seen(conn: sqlite3.Connection, site_code: str, codes: List[str]) -> Dict[str, str]:
    if not codes:
        return {}
    marks = ",".join("?" * len(codes))
    rows = conn.execute(
        "SELECT species, MAX(observed_on) FROM bird_counts "
        f"WHERE site_code = ? AND species IN ({marks}) GROUP BY species",
        [site_code, *codes],
    ).fetchall()
    return {r[0]: r[1] for r in rows}


@bp.post("/resolve")
def resolve_species():
    payload = request.get_json(force=True) or {}
    codes = payload.get("codes", [])
    site = payload.get("site", "")
    with connect() as conn:
        found = species_by_codes(conn, codes)
        seen = last_seen(conn, site, [s["code"] for s in found]) if site else {}
    for s in found:
        s["last_seen"] = seen.get(s["code"])
    return jsonify(species=found)
