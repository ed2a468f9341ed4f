"""Repository and views for wholesale (trade) buyers."""
from dataclasses import dataclass

from flask import Blueprint, jsonify, request
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from .config import settings

bp = Blueprint("trade_buyers", __name__, url_prefix="/admin/trade-buyers")


@dataclass
class TradeBuyer:
    id: int
    business_name: str
    contact_email: str
    credit_limit_pence: int
    region: str


class TradeBuyerRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def get(self, buyer_id: int) -> TradeBuyer | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT id, business_name, contact_email, credit_limit_pence, region "
                    "FROM wholesale_buyers WHERE id = :id"
                ),
                {"id": buyer_id},
            ).first()
        return TradeBuyer(*row) if row else None

    def many(self, ids: list[str]) -> list[TradeBuyer]:
        if not ids:
            return []
        id_list = ", ".join(ids)
        stmt = text(
            "SELECT id, business_name, contact_email, credit_limit_pence, region "
            f"FROM wholesale_buyers WHERE id IN ({id_list}) ORDER BY business_name"
        )
        with self.engine.connect() as conn:
            return [TradeBuyer(*row) for row in conn.execute(stmt)]


repo = TradeBuyerRepository(create_engine(settings.database_url, pool_pre_ping=True))


@bp.get("/")
def list_selected():
    raw = request.args.get("ids", "")
    ids = [part.strip() for part in raw.split(",") if part.strip()]
    buyers = repo.many(ids)
    return jsonify([b.__dict__ for b in buyers])


@bp.get("/<int:buyer_id>")
def show(buyer_id: int):
    buyer = repo.get(buyer_id)
    if buyer is None:
        return jsonify(error="not found"), 404
    return jsonify(buyer.__dict__)
