"""Order intake API for partner restaurants.

Restaurant purchasing systems post their weekly orders for smoked eel,
smoked trout and eel pâté here. Each partner authenticates with the
integration key it was issued in the buyer dashboard.
"""

from dataclasses import dataclass
from datetime import date

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.engine import Engine

from eelfisher.db import get_engine

app = FastAPI(title="Eel co-op order intake")


@dataclass
class Partner:
    restaurant_id: int
    name: str
    api_key: str


class OrderLine(BaseModel):
    sku: str
    quantity: int


class OrderIn(BaseModel):
    delivery_date: date
    lines: list[OrderLine]


def load_partners(engine: Engine) -> list[Partner]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT r.id, r.name, k.api_key FROM restaurants r "
                "JOIN integration_keys k ON k.restaurant_id = r.id WHERE r.active"
            )
        ).all()
    return [Partner(*row) for row in rows]


def current_partner(
    x_api_key: str = Header(...), engine: Engine = Depends(get_engine)
) -> Partner:
    for partner in load_partners(engine):
        if partner.api_key == x_api_key:
            return partner
    raise HTTPException(status_code=401, detail="unknown integration")


@app.post("/v1/orders", status_code=201)
def create_order(
    order: OrderIn,
    partner: Partner = Depends(current_partner),
    engine: Engine = Depends(get_engine),
) -> dict:
    with engine.begin() as conn:
        order_id = conn.execute(
            text(
                "INSERT INTO orders (restaurant_id, delivery_date) VALUES (:rid, :d) RETURNING id"
            ),
            {"rid": partner.restaurant_id, "d": order.delivery_date},
        ).scalar_one()
        conn.execute(
            text("INSERT INTO order_lines (order_id, sku, quantity) VALUES (:oid, :sku, :qty)"),
            [{"oid": order_id, "sku": l.sku, "qty": l.quantity} for l in order.lines],
        )
    return {"order_id": order_id, "restaurant": partner.name}
