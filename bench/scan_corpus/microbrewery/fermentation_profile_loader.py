"""Loads fermentation temperature profiles that brewers upload for the glycol controller."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)
MAX_PROFILE_BYTES = 64 * 1024
MIN_TEMP_C, MAX_TEMP_C = 0.0, 30.0


@dataclass
class ProfileStep:
    name: str
    temp_c: float
    hours: int


@dataclass
class FermentationProfile:
    name: str
    yeast: str
    steps: list[ProfileStep] = field(default_factory=list)

    @property
    def total_days(self) -> float:
        return round(sum(s.hours for s in self.steps) / 24, 1)


def _load_document(text: str) -> Any:
    return yaml.safe_load(text)


def parse_profile(text: str) -> FermentationProfile:
    doc = _load_document(text)
    if not isinstance(doc, dict):
        raise ValueError("profile must be a mapping")
    steps = []
    for raw in doc.get("steps", []):
        step = ProfileStep(name=str(raw["name"]), temp_c=float(raw["temp_c"]), hours=int(raw["hours"]))
        if not MIN_TEMP_C <= step.temp_c <= MAX_TEMP_C:
            raise ValueError(f"step {step.name}: temperature out of range")
        if step.hours <= 0:
            raise ValueError(f"step {step.name}: duration must be positive")
        steps.append(step)
    if not steps:
        raise ValueError("profile has no steps")
    return FermentationProfile(name=str(doc.get("name", "unnamed")), yeast=str(doc.get("yeast", "")), steps=steps)


@app.post("/fermenters/<vessel>/profile")
def upload_profile(vessel: str):
    raw = request.get_data()
    if len(raw) > MAX_PROFILE_BYTES:
        return jsonify(error="profile too large"), 413
    try:
        profile = parse_profile(raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(vessel=vessel, profile=profile.name, steps=len(profile.steps), days=profile.total_days)
