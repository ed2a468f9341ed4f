"""Serves printable seasonal menus and canape cards to clients from the public site."""
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)
app.config.from_prefixed_env("CATERING")

MENU_DIR = os.environ.get("MENU_PDF_DIR", "/srv/catering/menus")


def list_menus() -> list[dict]:
    menus = []
    for entry in sorted(os.scandir(MENU_DIR), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith(".pdf"):
            stat = entry.stat()
            menus.append(
                {
                    "file": entry.name,
                    "size_kb": round(stat.st_size / 1024),
                    "updated": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
                }
            )
    return menus


@app.get("/menus")
def menus_index():
    return jsonify(menus=list_menus())


@app.get("/menus/download")
def download_menu():
    filename = request.args.get("file", "")
    if not filename.endswith(".pdf"):
        abort(400)
    path = os.path.join(MENU_DIR, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)


@app.get("/menus/latest")
def latest_menu():
    menus = list_menus()
    if not menus:
        abort(404)
    newest = max(menus, key=lambda m: m["updated"])
    return send_file(
        os.path.join(MENU_DIR, newest["file"]),
        mimetype="application/pdf",
        as_attachment=True,
    )
