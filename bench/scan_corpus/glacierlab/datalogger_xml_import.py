"""Import datalogger exports in the vendor's XML table format.

Field teams upload the XML files produced by the logger software after a manual
download at the station; each ``<record>`` carries one timestamped row.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request
from lxml import etree

bp = Blueprint("xml_import", __name__, url_prefix="/imports")

_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


@dataclass
class LoggerRecord:
    station_id: str
    timestamp: datetime
    values: dict[str, float]


def parse_logger_export(payload: bytes) -> list[LoggerRecord]:
    root = etree.fromstring(payload, parser=_PARSER)
    station_id = root.findtext("head/station")
    if not station_id:
        raise ValueError("export has no station name")
    fields = [f.get("name") for f in root.iterfind("head/fields/field")]
    records = []
    for node in root.iterfind("data/record"):
        values = {}
        for name, cell in zip(fields, node.iterfind("v")):
            text = (cell.text or "").strip()
            if text and text.upper() != "NAN":
                values[name] = float(text)
        records.append(
            LoggerRecord(
                station_id=station_id.strip(),
                timestamp=datetime.fromisoformat(node.get("time")),
                values=values,
            )
        )
    return records


@bp.post("/logger-xml")
def import_logger_xml():
    upload = request.files.get("export")
    if upload is None:
        abort(400, "export file missing")
    try:
        records = parse_logger_export(upload.read())
    except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
        abort(400, f"unreadable export: {exc}")
    store = current_app.extensions["readings_store"]
    for record in records:
        store.insert(record.station_id, record.timestamp, record.values)
    return jsonify(imported=len(records)), 201
