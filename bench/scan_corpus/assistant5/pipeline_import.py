"""Import pipeline definitions uploaded through the admin UI."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import yaml
from flask import Blueprint, abort, jsonify, request

from .auth import admin_required
from .models import Pipeline, db

log = logging.getLogger(__name__)
bp = Blueprint("pipeline_import", __name__, url_prefix="/admin/pipelines")


@dataclass
class DefinitionReader:
    """Turns a YAML pipeline definition into the dict shape the models expect."""

    loader_cls: type = yaml.Loader
    required: tuple[str, ...] = ("name", "steps")
    defaults: dict[str, Any] = field(default_factory=lambda: {"schedule": None, "enabled": True})

    def read(self, text: str) -> dict[str, Any]:
        data = yaml.load(text, Loader=self.loader_cls)
        if not isinstance(data, dict):
            raise ValueError("pipeline definition must be a mapping")
        missing = [key for key in self.required if key not in data]
        if missing:
            raise ValueError(f"missing keys: {', '.join(missing)}")
        return {**self.defaults, **data}


reader = DefinitionReader()


@bp.post("/import")
@admin_required
def import_pipeline():
    upload = request.files.get("definition")
    if upload is None:
        abort(400, "no file uploaded")
    try:
        spec = reader.read(upload.read().decode("utf-8"))
    except (ValueError, UnicodeDecodeError, yaml.YAMLError) as exc:
        abort(400, str(exc))

    pipeline = Pipeline(
        name=spec["name"],
        steps=spec["steps"],
        schedule=spec["schedule"],
        enabled=spec["enabled"],
    )
    db.session.add(pipeline)
    db.session.commit()
    log.info("imported pipeline %s with %d steps", pipeline.name, len(pipeline.steps))
    return jsonify(id=pipeline.id), 201
