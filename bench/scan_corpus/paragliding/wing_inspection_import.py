"""Import wing inspection reports that the partner repair workshop uploads as YAML."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import List

import yaml
from flask import Flask, abort, jsonify, request
from sqlalchemy import Column, Date, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

app = Flask(__name__)
Base = declarative_base()
engine = create_engine("sqlite:////var/lib/pgschool/fleet.sqlite3")

REPORT_LOADER = {"Loader": yaml.Loader}


class WingInspection(Base):
    __tablename__ = "wing_inspections"
    id = Column(Integer, primary_key=True)
    wing_serial = Column(String(64), nullable=False, index=True)
    inspected_on = Column(Date, nullable=False)
    porosity_s = Column(Integer)
    line_strength_ok = Column(String(8))
    verdict = Column(String(32), nullable=False)


@dataclass
class InspectionRecord:
    wing_serial: str
    inspected_on: dt.date
    porosity_s: int
    line_strength_ok: bool
    verdict: str


def parse_report(raw: bytes) -> List[InspectionRecord]:
    document = yaml.load(raw, **REPORT_LOADER)
    records = []
    for item in document.get("inspections", []):
        records.append(
            InspectionRecord(
                wing_serial=str(item["serial"]),
                inspected_on=dt.date.fromisoformat(str(item["date"])),
                porosity_s=int(item.get("porosity", 0)),
                line_strength_ok=bool(item.get("lines_ok", False)),
                verdict=str(item.get("verdict", "unknown")),
            )
        )
    return records


@app.post("/fleet/inspections/import")
def import_inspections():
    upload = request.files.get("report")
    if upload is None:
        abort(400, "report file required")
    records = parse_report(upload.read())
    with Session(engine) as session:
        for rec in records:
            session.add(
                WingInspection(
                    wing_serial=rec.wing_serial,
                    inspected_on=rec.inspected_on,
                    porosity_s=rec.porosity_s,
                    line_strength_ok="yes" if rec.line_strength_ok else "no",
                    verdict=rec.verdict,
                )
            )
        session.commit()
    grounded = [r.wing_serial for r in records if r.verdict.lower() == "grounded"]
    return jsonify({"imported": len(records), "grounded": grounded})
