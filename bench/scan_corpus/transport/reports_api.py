"""Tenant-scoped reporting API (Flask blueprint)."""
from datetime import date, timedelta
from functools import wraps

from flask import Blueprint, abort, g, jsonify, request
from jose import jwt
from jose.exceptions import JWTError

from reports.queries import daily_revenue, top_products
from reports.models import Tenant

bp = Blueprint("reports", __name__, url_prefix="/api/reports")

MAX_RANGE_DAYS = 366


def tenant_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            claims = jwt.get_unverified_claims(header.removeprefix("Bearer "))
        except JWTError:
            abort(401)
        tenant = Tenant.query.filter_by(slug=claims.get("tenant")).first()
        if tenant is None or not tenant.active:
            abort(403)
        g.tenant = tenant
        g.user_id = claims.get("sub")
        return view(*args, **kwargs)

    return wrapper


def _date_range() -> tuple[date, date]:
    try:
        end = date.fromisoformat(request.args.get("end", date.today().isoformat()))
        start = date.fromisoformat(request.args.get("start", (end - timedelta(days=30)).isoformat()))
    except ValueError:
        abort(400, "dates must be YYYY-MM-DD")
    if start > end or (end - start).days > MAX_RANGE_DAYS:
        abort(400, "invalid date range")
    return start, end


@bp.get("/revenue")
@tenant_required
def revenue():
    start, end = _date_range()
    rows = daily_revenue(g.tenant.id, start, end)
    return jsonify([{"day": r.day.isoformat(), "revenue_cents": r.total} for r in rows])


@bp.get("/top-products")
@tenant_required
def products():
    start, end = _date_range()
    limit = min(int(request.args.get("limit", 10)), 100)
    rows = top_products(g.tenant.id, start, end, limit=limit)
    return jsonify([{"sku": r.sku, "units": r.units} for r in rows])
