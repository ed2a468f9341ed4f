"""Imports fish-health lab results (PCR, histology) delivered as XML.

Accredited labs post result documents to this endpoint after testing
gill and heart samples for ISA, PD and CMS. Results are attached to the
vet record for the sampled pen.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

PARSER_OPTS = dict(
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
    remove_blank_text=True,
)


@dataclass
class LabResult:
    sample_id: str
    pen_id: str
    pathogen: str
    method: str
    ct_value: float | None
    outcome: str
    sampled_on: date


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTS)


def parse_results(payload: bytes) -> List[LabResult]:
    root = etree.fromstring(payload, parser=_parser())
    results: List[LabResult] = []
    for node in root.iterfind(".//Result"):
        ct = node.findtext("CtValue")
        results.append(
            LabResult(
                sample_id=node.get("sampleId", ""),
                pen_id=node.findtext("Pen", "").strip(),
                pathogen=node.findtext("Pathogen", "").strip(),
                method=node.findtext("Method", "qPCR").strip(),
                ct_value=float(ct) if ct else None,
                outcome=node.findtext("Outcome", "").strip(),
                sampled_on=date.fromisoformat(node.findtext("SampledOn")),
            )
        )
    return results


@app.post("/lab/results")
def receive_results():
    results = parse_results(request.get_data())
    positives = [r for r in results if r.outcome.lower() == "positive"]
    return jsonify(
        received=len(results),
        positives=[{"sample": r.sample_id, "pen": r.pen_id, "pathogen": r.pathogen} for r in positives],
    )
