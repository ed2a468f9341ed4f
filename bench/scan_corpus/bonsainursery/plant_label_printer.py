"""Print bench labels for trees from the inventory screen.

Staff pick a tree, optionally edit the label text (common name, style, a short
note such as "needs repotting"), and the label is sent to the thermal printer
in the potting shed through CUPS.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass

from flask import Flask, abort, request

app = Flask(__name__)
PRINTER = os.environ.get("LABEL_PRINTER", "potting-shed-zebra")
LABEL_WIDTH_MM = 57


@dataclass
class LabelSpec:
    tag: str
    title: str
    style: str
    note: str = ""

    def render_text(self) -> str:
        lines = [self.title.upper(), f"Style: {self.style}", f"Tag: {self.tag}"]
        if self.note:
            lines.append(self.note)
        return "\n".join(lines) + "\n"


def send_to_printer(spec: LabelSpec, copies: int = 1) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write(spec.render_text())
        path = fh.name
    try:
        cmd = (
            f"lp -d {PRINTER} -n {copies} -o media=Custom.{LABEL_WIDTH_MM}x32mm "
            f"-t \"{spec.title}\" {path}"
        )
        subprocess.run(cmd, shell=True, check=True, timeout=30)
    finally:
        os.unlink(path)


@app.post("/staff/labels/print")
def print_label():
    payload = request.get_json(silent=True) or {}
    tag = str(payload.get("tag", "")).strip()
    if not tag.isalnum():
        abort(400, "tag must be alphanumeric")
    copies = int(payload.get("copies", 1))
    if not 1 <= copies <= 20:
        abort(400, "copies must be between 1 and 20")
    spec = LabelSpec(
        tag=tag,
        title=str(payload.get("title", "")).strip()[:40],
        style=str(payload.get("style", "informal upright")).strip()[:30],
        note=str(payload.get("note", "")).strip()[:60],
    )
    send_to_printer(spec, copies)
    return {"printed": copies, "tag": tag}
