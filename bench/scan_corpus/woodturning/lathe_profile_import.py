"""Import lathe profiles (speeds, swing, accessories) from YAML files.

Members who hire a lathe can upload a profile exported from the workshop's
planning tool so their preferred speeds and tool rest setup are pre-filled.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///workshop.sqlite3")

MAX_UPLOAD_BYTES = 64 * 1024


@dataclass
class LatheProfile:
    name: str
    lathe_model: str
    speeds_rpm: list[int] = field(default_factory=list)
    tool_rest: str = "standard"
    chuck: str | None = None

    @classmethod
    def from_document(cls, doc: dict) -> "LatheProfile":
        speeds = [int(s) for s in doc.get("speeds_rpm", [])]
        if any(s <= 0 or s > 4000 for s in speeds):
            raise ValueError("speeds must be between 1 and 4000 rpm")
        return cls(
            name=str(doc["name"])[:80],
            lathe_model=str(doc["lathe_model"])[:80],
            speeds_rpm=speeds,
            tool_rest=str(doc.get("tool_rest", "standard")),
            chuck=doc.get("chuck"),
        )


def load_profile(raw: bytes) -> LatheProfile:
    doc = yaml.safe_load(raw)
    if not isinstance(doc, dict):
        raise ValueError("profile must be a YAML mapping")
    return LatheProfile.from_document(doc)


@app.post("/members/<int:member_id>/lathe-profile")
def upload_profile(member_id: int):
    upload = request.files.get("profile")
    if upload is None:
        return jsonify(error="missing profile"), 400
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        return jsonify(error="profile too large"), 413
    try:
        profile = load_profile(raw)
    except (yaml.YAMLError, ValueError, KeyError, TypeError) as exc:
        return jsonify(error=f"invalid profile: {exc}"), 400
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO lathe_profiles (member_id, name, lathe_model, speeds, tool_rest, chuck) "
                "VALUES (:m, :n, :model, :speeds, :rest, :chuck)"
            ),
            {
                "m": member_id,
                "n": profile.name,
                "model": profile.lathe_model,
                "speeds": ",".join(map(str, profile.speeds_rpm)),
                "rest": profile.tool_rest,
                "chuck": profile.chuck,
            },
        )
    return jsonify(name=profile.name, speeds=profile.speeds_rpm), 201
