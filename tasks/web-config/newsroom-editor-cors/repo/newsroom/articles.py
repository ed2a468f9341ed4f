"""Article drafts."""
from flask import Blueprint, abort, current_app, jsonify, request, session

from .auth import login_required

bp = Blueprint("articles", __name__, url_prefix="/api/articles")


def _store():
    return current_app.extensions["newsroom_store"]


def _out(article):
    return {**article, "edit_url": f"{current_app.config['FRONTEND_URL']}/articles/{article['id']}"}


@bp.get("")
@login_required
def list_articles():
    return jsonify([_out(a) for a in _store().articles.values()])


@bp.post("")
@login_required
def create_article():
    payload = request.get_json(silent=True) or {}
    if not payload.get("headline"):
        return jsonify(error="headline is required"), 400
    article = _store().add_article(payload["headline"], payload.get("body", ""), session["staff_email"])
    return jsonify(_out(article)), 201


@bp.put("/<int:article_id>")
@login_required
def update_article(article_id):
    article = _store().articles.get(article_id) or abort(404)
    payload = request.get_json(silent=True) or {}
    for field in ("headline", "body", "status"):
        if field in payload:
            article[field] = payload[field]
    return jsonify(_out(article))


@bp.delete("/<int:article_id>")
@login_required
def delete_article(article_id):
    _store().articles.pop(article_id, None) or abort(404)
    return "", 204
