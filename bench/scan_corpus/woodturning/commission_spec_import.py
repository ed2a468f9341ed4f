"""Import commission specifications uploaded by clients.

Repeat clients (galleries, interior designers) upload a YAML spec listing the
pieces they want: species, dimensions, finish, quantity, deadline.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import yaml
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///commissions.sqlite3")

ALLOWED_FINISHES = {"oil", "wax", "lacquer", "food-safe oil", "none"}


@dataclass
class PieceSpec:
    kind: str
    species: str
    diameter_mm: int
    height_mm: int
    finish: str
    quantity: int

    @classmethod
    def from_mapping(cls, data: dict) -> "PieceSpec":
        finish = str(data.get("finish", "oil"))
        if finish not in ALLOWED_FINISHES:
            raise ValueError(f"unsupported finish: {finish}")
        return cls(
            kind=str(data["kind"]),
            species=str(data["species"]),
            diameter_mm=int(data["diameter_mm"]),
            height_mm=int(data.get("height_mm", 0)),
            finish=finish,
            quantity=max(1, int(data.get("quantity", 1))),
        )


def parse_spec(raw: bytes) -> tuple[str, date | None, list[PieceSpec]]:
    doc = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(doc, dict):
        raise ValueError("spec must be a mapping")
    deadline = doc.get("deadline")
    pieces = [PieceSpec.from_mapping(p) for p in doc.get("pieces", [])]
    return str(doc.get("client_ref", "")), deadline, pieces


@app.post("/commissions/<int:commission_id>/spec")
def upload_spec(commission_id: int):
    upload = request.files.get("spec")
    if upload is None:
        return jsonify(error="missing spec file"), 400
    try:
        client_ref, deadline, pieces = parse_spec(upload.read())
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return jsonify(error=str(exc)), 400
    with engine.begin() as conn:
        for piece in pieces:
            conn.execute(
                text(
                    "INSERT INTO commission_pieces (commission_id, kind, species, diameter_mm, "
                    "height_mm, finish, quantity) VALUES (:cid, :kind, :species, :d, :h, :finish, :q)"
                ),
                {
                    "cid": commission_id,
                    "kind": piece.kind,
                    "species": piece.species,
                    "d": piece.diameter_mm,
                    "h": piece.height_mm,
                    "finish": piece.finish,
                    "q": piece.quantity,
                },
            )
    return jsonify(client_ref=client_ref, deadline=str(deadline), pieces=len(pieces)), 201
