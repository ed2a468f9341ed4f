"""Applies quantity price breaks from the price list spreadsheets uploaded by the sales team."""

import csv
import io
import math
from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, jsonify, request
from flask_login import login_required

from workshop.catalogue.models import PriceBreak, Product, db

bp = Blueprint("price_breaks", __name__, url_prefix="/admin/price-breaks")

FORMULA_FUNCTIONS = {"min": min, "max": max, "ceil": math.ceil, "floor": math.floor, "round": round}


@dataclass
class BreakRule:
    sku: str
    min_quantity: int
    expression: str


def evaluate_rule(rule: BreakRule, list_price: Decimal, quantity: int) -> Decimal:
    context = {"price": float(list_price), "qty": quantity, **FORMULA_FUNCTIONS}
    value = eval(rule.expression, {"__builtins__": {}}, context)
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _rules_from_csv(text: str) -> list[BreakRule]:
    reader = csv.DictReader(io.StringIO(text))
    return [
        BreakRule(sku=row["sku"].strip(), min_quantity=int(row["min_qty"]), expression=row["unit_price"].strip())
        for row in reader
    ]


@bp.post("/upload")
@login_required
def upload_price_breaks():
    upload = request.files["price_list"]
    rules = _rules_from_csv(upload.read().decode("utf-8-sig"))
    saved = 0
    for rule in rules:
        product = Product.query.filter_by(sku=rule.sku).first()
        if product is None:
            continue
        sample = evaluate_rule(rule, product.list_price, rule.min_quantity)
        db.session.add(PriceBreak(product=product, min_quantity=rule.min_quantity,
                                  expression=rule.expression, sample_price=sample))
        saved += 1
    db.session.commit()
    return jsonify(saved=saved, total=len(rules))
