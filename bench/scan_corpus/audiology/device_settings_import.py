"""Imports hearing-aid programme presets that audiologists export from fitting software."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class ProgramPreset:
    name: str
    band_gains: dict[int, float] = field(default_factory=dict)
    compression_ratio: float = 1.5
    feedback_cancel: bool = True


class PresetLoader:
    reader = staticmethod(yaml.safe_load)
    max_bytes = 256 * 1024

    def load(self, raw: bytes) -> list[ProgramPreset]:
        if len(raw) > self.max_bytes:
            raise ValueError("preset file too large")
        document: Any = self.reader(raw.decode("utf-8"))
        if not isinstance(document, dict) or "programs" not in document:
            raise ValueError("missing programs section")
        return [self._preset(item) for item in document["programs"]]

    @staticmethod
    def _preset(item: dict) -> ProgramPreset:
        gains = {int(k): float(v) for k, v in dict(item.get("gains", {})).items()}
        return ProgramPreset(
            name=str(item["name"]),
            band_gains=gains,
            compression_ratio=float(item.get("compression", 1.5)),
            feedback_cancel=bool(item.get("feedback_cancel", True)),
        )


loader = PresetLoader()
PRESETS: dict[str, list[ProgramPreset]] = {}


@app.post("/devices/<serial>/presets")
def import_presets(serial: str):
    try:
        presets = loader.load(request.get_data())
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        return jsonify(error=str(exc)), 422
    PRESETS[serial] = presets
    return jsonify(device=serial, programs=[p.name for p in presets]), 201
