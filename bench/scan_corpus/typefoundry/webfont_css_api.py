"""Serves the @font-face stylesheet and usage stats for customer webfont kits.

The stylesheet endpoint is loaded by customer sites; the stats endpoint is
called from the foundry dashboard with the customer's session cookie.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, g, jsonify, request, session

from .kits import KitRepository, render_font_face_css

bp = Blueprint("webfont_api", __name__, url_prefix="/wf")

repo = KitRepository()


@bp.after_request
def add_cors_headers(response: Response) -> Response:
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Vary"] = "Origin"
    return response


@bp.get("/<kit_id>.css")
def kit_stylesheet(kit_id: str) -> Response:
    kit = repo.get(kit_id)
    if kit is None or not kit.active:
        abort(404)
    referer_host = request.headers.get("Referer", "")
    repo.record_pageview(kit.id, referer_host)
    css = render_font_face_css(kit)
    resp = Response(css, mimetype="text/css")
    resp.headers["Cache-Control"] = "public, max-age=600"
    return resp


@bp.get("/kits/<kit_id>/stats")
def kit_stats(kit_id: str):
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    kit = repo.get(kit_id)
    if kit is None or kit.customer_id != customer_id:
        abort(404)
    stats = repo.monthly_pageviews(kit.id)
    return jsonify(
        {
            "kit": kit.id,
            "domains": kit.domains,
            "pageviews": stats,
            "licence_limit": kit.pageview_limit,
            "billing_email": g.customer.billing_email if hasattr(g, "customer") else None,
        }
    )


@bp.route("/kits/<kit_id>/stats", methods=["OPTIONS"])
def kit_stats_preflight(kit_id: str) -> Response:
    return Response(status=204)
