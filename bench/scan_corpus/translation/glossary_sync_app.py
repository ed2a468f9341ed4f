"""Glossary sync API used by the browser-based CAT editor and the plugins."""
import os

from flask import Flask, abort, jsonify, request, session

from glossary.store import GlossaryStore

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["GLOSSARY_SYNC_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)
store = GlossaryStore(os.environ["GLOSSARY_DB_URL"])


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


def _current_user() -> int:
    user_id = session.get("user_id")
    if user_id is None:
        abort(401)
    return user_id


@app.get("/api/glossaries/<int:glossary_id>/terms")
def list_terms(glossary_id: int):
    user_id = _current_user()
    if not store.can_read(user_id, glossary_id):
        abort(403)
    terms = store.terms(glossary_id, updated_since=request.args.get("since"))
    return jsonify(glossary=glossary_id, terms=[t.as_dict() for t in terms])


@app.put("/api/glossaries/<int:glossary_id>/terms/<term_id>")
def update_term(glossary_id: int, term_id: str):
    user_id = _current_user()
    if not store.can_write(user_id, glossary_id):
        abort(403)
    payload = request.get_json(force=True) or {}
    term = store.update_term(glossary_id, term_id, payload, updated_by=user_id)
    return jsonify(term.as_dict())
