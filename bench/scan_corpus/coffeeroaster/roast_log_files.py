"""Intranet download of raw roast logs.

The logging PC next to each drum roaster exports one ``.alog`` file per
batch into a shared folder; the quality team downloads them to overlay
roast curves when a batch cups differently from its reference.
"""
import os
from datetime import datetime

from flask import Flask, abort, jsonify, request, send_from_directory

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
    return send_from_directory(app.config["LOG_DIR"], name, as_attachment=True)


@app.get("/roastlogs/compare")
def compare_logs():
    names = request.args.getlist("file")[:4]
    root = os.path.realpath(app.config["LOG_DIR"])
    result = []
    for name in names:
        candidate = os.path.realpath(os.path.join(root, name))
        if os.path.commonpath([root, candidate]) != root or not os.path.isfile(candidate):
            abort(404)
        with open(candidate, "rb") as handle:
            result.append({"name": os.path.basename(candidate), "bytes": len(handle.read())})
    return jsonify(result)
