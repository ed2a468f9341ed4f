"""Product search pages for the storefront."""
from flask import Blueprint, render_template, render_template_string, request

from shop.catalog import search_products

bp = Blueprint("search", __name__)

EMPTY_STATE = """
{% extends "base.html" %}
{% block content %}
  <div class="empty-state">
    <h2>No products found for "__QUERY__"</h2>
    <p>Try a different spelling or browse our
       <a href="{{ url_for('catalog.categories') }}">categories</a>.</p>
  </div>
{% endblock %}
"""


@bp.route("/search")
def search():
    query = request.args.get("q", "").strip()
    page = request.args.get("page", 1, type=int)
    results = search_products(query, page=page, per_page=24)
    if not results.items:
        return render_template_string(EMPTY_STATE.replace("__QUERY__", query))
    return render_template("search/results.html", results=results, query=query)
