"""Ingests port-call notifications submitted by shipping agents as XML.

Agents that still use the older EDI gateway post a ``PortCallNotice``
document; we pull the vessel particulars and the pilot request out of
it and queue a pilotage job.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

NS = {"pc": "urn:harbourpilots:portcall:1"}


@dataclass
class PortCallNotice:
    agent_code: str
    vessel_name: str
    imo: str
    eta: datetime
    draft_m: float
    boarding_point: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def parse_notice(xml_bytes: bytes) -> PortCallNotice:
    root = etree.fromstring(xml_bytes, parser=_parser())

    def text(path: str) -> str:
        value = root.findtext(path, namespaces=NS)
        if value is None:
            raise ValueError(f"missing element {path}")
        return value.strip()

    return PortCallNotice(
        agent_code=text("pc:Agent/pc:Code"),
        vessel_name=text("pc:Vessel/pc:Name"),
        imo=text("pc:Vessel/pc:IMO"),
        eta=datetime.fromisoformat(text("pc:ETA")),
        draft_m=float(text("pc:Vessel/pc:MaxDraft")),
        boarding_point=text("pc:Pilotage/pc:BoardingPoint"),
    )


def queue_job(notice: PortCallNotice) -> str:
    return f"job-{notice.imo}-{notice.eta:%Y%m%d%H%M}"


@app.post("/edi/port-call")
def receive_port_call():
    if request.mimetype not in ("application/xml", "text/xml"):
        return jsonify({"error": "expected XML"}), 415
    try:
        notice = parse_notice(request.get_data())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return jsonify({"error": str(exc)}), 400
    job_id = queue_job(notice)
    return jsonify({"job": job_id, "vessel": notice.vessel_name}), 201
