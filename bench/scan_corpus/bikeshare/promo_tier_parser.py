"""Imports promotional pricing tiers that marketing uploads as a CSV sheet."""

import ast
import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request

from bikeshare.pricing import PromoStore

bp = Blueprint("promo_import", __name__, url_prefix="/admin/promos")
_store = PromoStore()

REQUIRED_COLUMNS = {"code", "valid_from", "valid_to", "tiers"}


@dataclass
class PromoTier:
    up_to_minutes: int
    price: Decimal


@dataclass
class Promo:
    code: str
    valid_from: date
    valid_to: date
    tiers: list[PromoTier]


def _parse_tiers(raw: str) -> list[PromoTier]:
    """Tiers are written in the sheet like ``[(30, "0.00"), (60, "1.00")]``."""
    value = ast.literal_eval(raw.strip())
    if not isinstance(value, (list, tuple)) or not value:
        raise ValueError("tiers must be a non-empty list")
    tiers = []
    for item in value:
        minutes, price = item
        tiers.append(PromoTier(int(minutes), Decimal(str(price))))
    return sorted(tiers, key=lambda t: t.up_to_minutes)


def parse_sheet(text: str) -> list[Promo]:
    reader = csv.DictReader(io.StringIO(text))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        raise ValueError(f"missing columns: {', '.join(sorted(missing))}")
    promos = []
    for line_no, row in enumerate(reader, start=2):
        try:
            promos.append(Promo(
                code=row["code"].strip().upper(),
                valid_from=date.fromisoformat(row["valid_from"]),
                valid_to=date.fromisoformat(row["valid_to"]),
                tiers=_parse_tiers(row["tiers"]),
            ))
        except (ValueError, SyntaxError, TypeError) as exc:
            raise ValueError(f"line {line_no}: {exc}") from exc
    return promos


@bp.post("/import")
def import_promos():
    upload = request.files.get("sheet")
    if upload is None:
        abort(400, "sheet file required")
    try:
        promos = parse_sheet(upload.read().decode("utf-8-sig"))
    except ValueError as exc:
        abort(422, str(exc))
    for promo in promos:
        _store.upsert(promo)
    return jsonify(imported=len(promos))
