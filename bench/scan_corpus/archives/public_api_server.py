"""Flask application for the public catalogue search API (api.archive.example).

Exposes read-only JSON endpoints over the published catalogue. Closed records
are filtered out at the index level, so nothing here needs authentication.
"""

import os

from flask import Flask, abort, jsonify, request

from catalogue.index import SearchIndex

MAX_PAGE_SIZE = 100


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["JSON_SORT_KEYS"] = False
    index = SearchIndex(os.environ["SEARCH_INDEX_URL"])

    @app.get("/v1/records")
    def search_records():
        query = request.args.get("q", "").strip()
        if not query:
            abort(400, "q is required")
        page = max(int(request.args.get("page", 1)), 1)
        size = min(int(request.args.get("size", 20)), MAX_PAGE_SIZE)
        hits, total = index.search(query, offset=(page - 1) * size, limit=size)
        return jsonify({"total": total, "page": page, "results": hits})

    @app.get("/v1/records/<reference>")
    def get_record(reference: str):
        record = index.get(reference)
        if record is None:
            abort(404)
        return jsonify(record)

    @app.get("/healthz")
    def health():
        return {"status": "ok"}

    return app


def main() -> None:
    """Entry point for the ``archive-search-api`` console script used in the container."""
    app = create_app()
    app.run(host=os.environ.get("API_HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8080")), debug=True)


if __name__ == "__main__":
    main()
