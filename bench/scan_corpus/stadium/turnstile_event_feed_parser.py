"""Parses the XML passage feed pushed by the stand turnstile concentrators.

Concentrators post batches of passage events every few seconds; the parsed
events update the live occupancy board in the control room.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

FEED_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)
OCCUPANCY: dict[str, int] = {}


@dataclass(frozen=True)
class Passage:
    stand: str
    lane: str
    direction: int
    at: datetime


def parse_feed(raw: bytes) -> list[Passage]:
    root = etree.fromstring(raw, parser=FEED_PARSER)
    passages = []
    for event in root.iter("event"):
        passages.append(
            Passage(
                stand=event.get("stand", "unknown"),
                lane=event.get("lane", ""),
                direction=1 if event.get("dir") == "in" else -1,
                at=datetime.fromisoformat(event.get("ts")),
            )
        )
    return passages


@app.post("/feeds/passages")
def receive_feed():
    try:
        passages = parse_feed(request.get_data())
    except (etree.XMLSyntaxError, ValueError, TypeError):
        return jsonify({"error": "malformed feed"}), 400
    for passage in passages:
        OCCUPANCY[passage.stand] = OCCUPANCY.get(passage.stand, 0) + passage.direction
    return jsonify({"received": len(passages), "occupancy": OCCUPANCY})
