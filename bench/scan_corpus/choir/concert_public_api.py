"""Public API behind the concerts website, the booking widget and partner venue sites."""
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["BOXOFFICE_DATABASE_URL"], pool_pre_ping=True)

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}

app = FastAPI(title="NYC concerts API")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


def current_customer(request: Request) -> int:
    from boxoffice.sessions import customer_for_session

    customer_id = customer_for_session(request.cookies.get("nyc_session"))
    if customer_id is None:
        raise HTTPException(status_code=401, detail="Please sign in")
    return customer_id


@app.get("/concerts")
def upcoming_concerts(limit: int = 20):
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, title, venue, starts_at, min_price_pence FROM performances "
                "WHERE starts_at > now() AND on_sale ORDER BY starts_at LIMIT :limit"
            ),
            {"limit": min(limit, 100)},
        ).mappings()
        return [dict(r) for r in rows]


@app.get("/basket")
def basket(customer_id: int = Depends(current_customer)):
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT b.id, p.title, b.seat, b.price_pence FROM basket_items b "
                "JOIN performances p ON p.id = b.performance_id WHERE b.customer_id = :cid"
            ),
            {"cid": customer_id},
        ).mappings()
        return {"items": [dict(r) for r in rows]}


@app.delete("/basket/{item_id}")
def remove_item(item_id: int, customer_id: int = Depends(current_customer)):
    with engine.begin() as conn:
        deleted = conn.execute(
            text("DELETE FROM basket_items WHERE id = :id AND customer_id = :cid"),
            {"id": item_id, "cid": customer_id},
        ).rowcount
    if not deleted:
        raise HTTPException(status_code=404, detail="Not in your basket")
    return {"removed": item_id}
