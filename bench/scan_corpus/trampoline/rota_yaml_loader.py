"""Loads the YAML rota files duty managers upload for the coming week."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import IO

import yaml
from flask import Blueprint, jsonify, request
from flask_login import login_required

bp = Blueprint("rota_upload", __name__)


@dataclass
class ShiftRow:
    staff_id: int
    day: date
    start: time
    end: time
    role: str


class RotaYamlLoader:
    loader_cls = yaml.SafeLoader
    allowed_roles = {"court_marshal", "party_host", "cafe", "reception", "duty_manager"}

    def read(self, stream: IO[str]) -> dict:
        doc = yaml.load(stream, Loader=self.loader_cls)
        if not isinstance(doc, dict) or "shifts" not in doc:
            raise ValueError("rota file must contain a 'shifts' list")
        return doc

    def shifts(self, stream: IO[str]) -> list[ShiftRow]:
        rows = []
        for item in self.read(stream)["shifts"]:
            if item["role"] not in self.allowed_roles:
                raise ValueError(f"unknown role {item['role']!r}")
            rows.append(
                ShiftRow(
                    staff_id=int(item["staff_id"]),
                    day=date.fromisoformat(str(item["day"])),
                    start=time.fromisoformat(str(item["start"])),
                    end=time.fromisoformat(str(item["end"])),
                    role=item["role"],
                )
            )
        return rows


@bp.post("/rota/upload")
@login_required
def upload_rota():
    upload = request.files["rota"]
    text = upload.stream.read().decode("utf-8")
    import io

    rows = RotaYamlLoader().shifts(io.StringIO(text))
    return jsonify({"shifts": len(rows), "staff": len({r.staff_id for r in rows})})
