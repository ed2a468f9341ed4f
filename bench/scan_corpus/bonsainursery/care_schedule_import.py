"""Import care schedules uploaded by workshop instructors.

Instructors write watering, feeding and wiring schedules for each species in
YAML and upload them on the staff portal; the schedules drive the care
reminder e-mails sent to customers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from flask import Flask, abort, request

app = Flask(__name__)

YAML_OPTIONS = {"Loader": yaml.Loader}
VALID_TASKS = {"water", "feed", "wire", "unwire", "prune", "repot", "defoliate"}


@dataclass
class CareTask:
    task: str
    month: int
    note: str = ""


@dataclass
class CareSchedule:
    species: str
    climate_zone: str
    tasks: list[CareTask] = field(default_factory=list)


def parse_schedule(document: dict) -> CareSchedule:
    tasks = []
    for item in document.get("tasks", []):
        task = str(item["task"]).lower()
        month = int(item["month"])
        if task not in VALID_TASKS or not 1 <= month <= 12:
            raise ValueError(f"bad task entry: {item!r}")
        tasks.append(CareTask(task=task, month=month, note=str(item.get("note", ""))))
    return CareSchedule(
        species=str(document["species"]),
        climate_zone=str(document.get("climate_zone", "temperate")),
        tasks=tasks,
    )


def load_upload(stream) -> list[CareSchedule]:
    documents = yaml.load(stream, **YAML_OPTIONS)
    if isinstance(documents, dict):
        documents = [documents]
    return [parse_schedule(doc) for doc in documents]


@app.post("/staff/care-schedules")
def upload_schedules():
    upload = request.files.get("schedule")
    if upload is None or not upload.filename.endswith((".yml", ".yaml")):
        abort(400, "upload a .yml file")
    try:
        schedules = load_upload(upload.stream)
    except (KeyError, ValueError, yaml.YAMLError) as exc:
        abort(400, f"could not read schedule: {exc}")
    return {
        "imported": [s.species for s in schedules],
        "tasks": sum(len(s.tasks) for s in schedules),
    }
