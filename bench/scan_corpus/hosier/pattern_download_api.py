"""Serves knitting programs to the machine controllers and to designers' workstations."""
import logging
import os

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)
log = logging.getLogger("hosier.patterns")

PATTERN_ROOT = os.environ.get("HOSIER_PATTERN_ROOT", "/srv/hosier/patterns")
MIME_BY_EXT = {
    ".kcp": "application/octet-stream",
    ".dat": "application/octet-stream",
    ".png": "image/png",
}


def program_path(collection: str, filename: str) -> str:
    return os.path.join(PATTERN_ROOT, collection, filename)


@app.get("/collections")
def list_collections():
    return jsonify(sorted(d for d in os.listdir(PATTERN_ROOT) if not d.startswith(".")))


@app.get("/collections/<collection>")
def list_programs(collection):
    if collection not in os.listdir(PATTERN_ROOT):
        abort(404)
    folder = os.path.join(PATTERN_ROOT, collection)
    return jsonify(sorted(f for f in os.listdir(folder) if os.path.splitext(f)[1] in MIME_BY_EXT))


@app.get("/programs/download")
def download_program():
    collection = request.args.get("collection", "core")
    filename = request.args["file"]
    path = program_path(collection, filename)
    if not os.path.isfile(path):
        abort(404)
    ext = os.path.splitext(path)[1].lower()
    log.info("serving program %s/%s to %s", collection, filename, request.remote_addr)
    return send_file(
        path,
        mimetype=MIME_BY_EXT.get(ext, "application/octet-stream"),
        as_attachment=True,
        download_name=os.path.basename(path),
    )
