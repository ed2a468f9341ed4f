"""Back-office upload of alcohol duty acknowledgement receipts returned by the tax authority."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}

NS = {"ad": "urn:duty:alcohol:acknowledgement:v3"}


@dataclass
class Acknowledgement:
    submission_id: str
    period_end: date
    duty_due_pence: int
    status: str


class AcknowledgementReader:
    def __init__(self, **overrides) -> None:
        self._parser = etree.XMLParser(**{**PARSER_OPTIONS, **overrides})

    def _text(self, root, path: str) -> str:
        value = root.findtext(path, namespaces=NS)
        if value is None:
            raise ValueError(f"missing element {path}")
        return value.strip()

    def read(self, payload: bytes) -> Acknowledgement:
        root = etree.fromstring(payload, parser=self._parser)
        return Acknowledgement(
            submission_id=self._text(root, "ad:SubmissionId"),
            period_end=date.fromisoformat(self._text(root, "ad:PeriodEnd")),
            duty_due_pence=int(self._text(root, "ad:DutyDue")),
            status=self._text(root, "ad:Status"),
        )


@app.post("/duty/acknowledgements")
def upload_acknowledgement():
    upload = request.files.get("receipt")
    if upload is None:
        abort(400)
    try:
        ack = AcknowledgementReader().read(upload.read())
    except (etree.XMLSyntaxError, ValueError):
        abort(422)
    return jsonify(
        submission=ack.submission_id,
        period_end=ack.period_end.isoformat(),
        duty_due=ack.duty_due_pence / 100,
        status=ack.status,
    )
