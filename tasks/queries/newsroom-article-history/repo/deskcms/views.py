"""JSON endpoints used by the desk tools."""

from flask import Blueprint, abort, current_app, jsonify

from .articles import list_slugs, load_article

bp = Blueprint("articles", __name__)


@bp.get("/articles")
def index():
    return jsonify({"slugs": list_slugs(current_app.config["CONTENT_REPO"])})


@bp.get("/articles/<slug>")
def show(slug: str):
    article = load_article(current_app.config["CONTENT_REPO"], slug)
    if article is None:
        abort(404)
    return jsonify({"slug": article.slug, "meta": article.meta, "body": article.body})
