"""Download of raw roast logs recorded by the drum roasters.

The logging PC next to each roaster exports one ``.alog`` file per batch
into a shared folder; the quality team downloads them from the intranet
to overlay curves when a batch cups differently from its reference.
"""
import os
from datetime import datetime

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)
app.config.from_prefixed_env("ROASTLOGS")
app.config.setdefault("LOG_DIR", "/srv/roastlogs")

ALLOWED_SUFFIXES = (".alog", ".csv", ".json")


def _describe(entry: os.DirEntry) -> dict:
    stat = entry.stat()
    return {
        "name": entry.name,
        "size": stat.st_size,
        "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
    }


@app.get("/roastlogs")
def list_logs():
    machine = request.args.get("machine")
    entries = []
    with os.scandir(app.config["LOG_DIR"]) as it:
        for entry in it:
            if not entry.is_file() or not entry.name.endswith(ALLOWED_SUFFIXES):
                continue
            if machine and not entry.name.startswith(machine + "_"):
                continue
            entries.append(_describe(entry))
    entries.sort(key=lambda e: e["modified"], reverse=True)
    return jsonify(entries)


@app.get("/roastlogs/download")
def download_log():
    name = request.args.get("file", "")
    if not name.endswith(ALLOWED_SUFFIXES):
        abort(400)
    path = os.path.join(app.config["LOG_DIR"], name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))


@app.get("/roastlogs/latest/<machine>")
def latest_for_machine(machine: str):
    newest = None
    with os.scandir(app.config["LOG_DIR"]) as it:
        for entry in it:
            if entry.is_file() and entry.name.startswith(machine + "_"):
                if newest is None or entry.stat().st_mtime > newest.stat().st_mtime:
                    newest = entry
    if newest is None:
        abort(404)
    return jsonify(_describe(newest))
