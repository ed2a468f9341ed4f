"""Sends wheel labels to the cellar's thermal printers via CUPS."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)

PRINTERS = {"cave1": "zebra_cave1", "cave2": "zebra_cave2", "shop": "brother_shop"}
LABEL_DIR = Path("/srv/cellar/labels")


@dataclass
class LabelJob:
    printer: str
    label_file: Path
    title: str
    copies: int = 1


def lp_command(job: LabelJob) -> str:
    return (
        f"lp -d {PRINTERS[job.printer]} -n {job.copies} "
        f"-t '{job.title}' -o media=62x100mm {job.label_file}"
    )


def submit(job: LabelJob) -> str:
    result = subprocess.run(lp_command(job), shell=True, capture_output=True, text=True, timeout=20)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip() or "lp failed")
    return result.stdout.strip()


def render_label(wheel_id: str, cheese: str, made_on: str) -> Path:
    path = LABEL_DIR / f"{wheel_id}.zpl"
    path.write_text(
        "^XA^CF0,40"
        f"^FO30,30^FD{cheese}^FS"
        f"^FO30,90^FDWheel {wheel_id}^FS"
        f"^FO30,150^FDMade {made_on}^FS^XZ"
    )
    return path


@app.post("/labels/print")
def print_label():
    body = request.get_json(force=True)
    printer = body.get("printer", "shop")
    if printer not in PRINTERS:
        return jsonify(error="unknown printer"), 400
    wheel_id = str(int(body["wheel_id"]))
    label = render_label(wheel_id, body["cheese"], body["made_on"])
    job = LabelJob(
        printer=printer,
        label_file=label,
        title=body.get("title", f"wheel-{wheel_id}"),
        copies=max(1, min(int(body.get("copies", 1)), 10)),
    )
    return jsonify(job=submit(job))
