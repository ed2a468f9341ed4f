"""Small Flask service that serves the column-level lineage graph built by the
nightly dbt manifest parser."""
import json
import os
from functools import lru_cache

from flask import Flask, abort, jsonify

app = Flask(__name__)

MANIFEST_PATH = os.environ.get("LINEAGE_GRAPH_PATH", "/srv/lineage/graph.json")
RUN_OPTS = {
    "host": "0.0.0.0",
    "port": int(os.environ.get("LINEAGE_PORT", "8080")),
    "debug": True,
}


@lru_cache(maxsize=1)
def _graph() -> dict:
    with open(MANIFEST_PATH, encoding="utf-8") as fh:
        return json.load(fh)


@app.get("/health")
def health():
    return jsonify(status="ok")


@app.get("/models/<model_id>/upstream")
def upstream(model_id: str):
    node = _graph()["nodes"].get(model_id)
    if node is None:
        abort(404)
    return jsonify(model=model_id, upstream=node.get("depends_on", []))


@app.get("/models/<model_id>/downstream")
def downstream(model_id: str):
    graph = _graph()
    if model_id not in graph["nodes"]:
        abort(404)
    children = [nid for nid, n in graph["nodes"].items() if model_id in n.get("depends_on", [])]
    return jsonify(model=model_id, downstream=children)


if __name__ == "__main__":
    app.run(**RUN_OPTS)
