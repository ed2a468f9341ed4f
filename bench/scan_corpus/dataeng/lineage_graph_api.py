"""Flask service exposing the table-level lineage graph extracted from the
dbt manifest and the warehouse query history."""
import json
import os
from functools import lru_cache

from flask import Flask, abort, jsonify


class ServiceConfig:
    DEBUG = False
    TESTING = False
    JSON_SORT_KEYS = False
    GRAPH_PATH = os.environ.get("LINEAGE_GRAPH_PATH", "/srv/lineage/tables.json")


app = Flask(__name__)
app.config.from_object(ServiceConfig)

RUN_OPTS = {
    "host": os.environ.get("LINEAGE_BIND", "127.0.0.1"),
    "port": int(os.environ.get("LINEAGE_PORT", "8080")),
    "debug": False,
}


@lru_cache(maxsize=1)
def _graph() -> dict:
    with open(app.config["GRAPH_PATH"], encoding="utf-8") as fh:
        return json.load(fh)


@app.get("/health")
def health():
    return jsonify(status="ok")


@app.get("/tables/<path:table>/lineage")
def table_lineage(table: str):
    node = _graph().get(table.lower())
    if node is None:
        abort(404)
    return jsonify(table=table, upstream=node.get("upstream", []), downstream=node.get("downstream", []))


if __name__ == "__main__":
    app.run(**RUN_OPTS)
