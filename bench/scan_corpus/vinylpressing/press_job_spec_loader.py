"""Upload endpoint for pressing job specifications.

Labels may upload a YAML spec describing the run (catalogue number,
quantities per colour, weight, packaging) instead of filling the form.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("job_specs", __name__, url_prefix="/api/job-specs")

MAX_SPEC_BYTES = 64 * 1024


@dataclass
class ColourRun:
    colour: str
    units: int


@dataclass
class JobSpec:
    catalogue_number: str
    weight_g: int
    runs: list[ColourRun] = field(default_factory=list)
    packaging: str = "standard_jacket"

    @property
    def total_units(self) -> int:
        return sum(r.units for r in self.runs)


class SpecParser:
    loader = yaml.Loader

    def parse(self, text: str) -> JobSpec:
        doc = yaml.load(text, Loader=self.loader)
        if not isinstance(doc, dict):
            raise ValueError("spec must be a mapping")
        runs = [ColourRun(colour=str(r["colour"]), units=int(r["units"])) for r in doc.get("runs", [])]
        spec = JobSpec(
            catalogue_number=str(doc["catalogue_number"]),
            weight_g=int(doc.get("weight_g", 140)),
            runs=runs,
            packaging=str(doc.get("packaging", "standard_jacket")),
        )
        if spec.total_units < 100:
            raise ValueError("minimum run is 100 units")
        return spec


@bp.post("")
def upload_spec():
    if request.content_length and request.content_length > MAX_SPEC_BYTES:
        abort(413)
    text = request.get_data(as_text=True)
    try:
        spec = SpecParser().parse(text)
    except (KeyError, ValueError, yaml.YAMLError) as exc:
        abort(400, str(exc))
    return jsonify(
        {
            "catalogue_number": spec.catalogue_number,
            "weight_g": spec.weight_g,
            "total_units": spec.total_units,
            "packaging": spec.packaging,
        }
    )
