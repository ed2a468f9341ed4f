"""Read-only HTTP front for the CI artifact volume."""
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
ARTIFACT_ROOT = os.environ.get("ARTIFACT_ROOT", "/srv/ci-artifacts")


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/artifacts/download")
def download():
    name = request.args.get("file")
    if not name:
        abort(400)
    path = os.path.join(ARTIFACT_ROOT, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


@app.get("/artifacts/<pipeline_id>")
def list_artifacts(pipeline_id: str):
    if not pipeline_id.isdigit():
        abort(400)
    directory = os.path.join(ARTIFACT_ROOT, pipeline_id)
    if not os.path.isdir(directory):
        abort(404)
    return {"pipeline": pipeline_id, "files": sorted(os.listdir(directory))}
