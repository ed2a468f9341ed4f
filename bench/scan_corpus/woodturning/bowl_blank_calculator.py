"""Web calculator on the shop site: how big a blank do I need for my bowl?

Students type a formula for the rim profile ("d * 0.85", "h + 10") and the
page works out blank size and price from the current timber price list.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from flask import Flask, jsonify, request

app = Flask(__name__)

PRICE_PER_LITRE_PENCE = {
    "sycamore": 180,
    "ash": 210,
    "oak": 260,
    "walnut": 540,
    "yew": 690,
}
WASTE_FACTOR = 1.15


@dataclass
class BlankEstimate:
    diameter_mm: float
    thickness_mm: float
    species: str

    @property
    def volume_litres(self) -> float:
        r_cm = self.diameter_mm / 20.0
        return math.pi * r_cm * r_cm * (self.thickness_mm / 10.0) / 1000.0

    @property
    def price_pence(self) -> int:
        rate = PRICE_PER_LITRE_PENCE[self.species]
        return int(round(self.volume_litres * rate * WASTE_FACTOR))


def evaluate_dimension(expression: str, d: float, h: float) -> float:
    scope = {"d": d, "h": h, "pi": math.pi, "sqrt": math.sqrt}
    value = eval(expression, {"__builtins__": {}}, scope)
    return float(value)


@app.post("/tools/blank-calculator")
def blank_calculator():
    form = request.get_json(force=True)
    species = form.get("species", "sycamore")
    if species not in PRICE_PER_LITRE_PENCE:
        return jsonify(error="unknown species"), 400
    try:
        finished_d = float(form["diameter_mm"])
        finished_h = float(form["height_mm"])
        blank_d = evaluate_dimension(form.get("diameter_formula", "d + 12"), finished_d, finished_h)
        blank_h = evaluate_dimension(form.get("height_formula", "h + 15"), finished_d, finished_h)
    except (KeyError, ValueError, TypeError, SyntaxError, ZeroDivisionError):
        return jsonify(error="could not evaluate formula"), 400
    est = BlankEstimate(blank_d, blank_h, species)
    return jsonify(
        species=species,
        blank_diameter_mm=round(est.diameter_mm, 1),
        blank_thickness_mm=round(est.thickness_mm, 1),
        volume_litres=round(est.volume_litres, 3),
        price_pence=est.price_pence,
    )
