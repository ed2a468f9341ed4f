"""Job tickets submitted by trade customers through the reseller API.

Resellers post a multi-document YAML ticket: the first document is the order
header, each following document describes one item (product, quantity, stock,
finishing and the artwork URL we fetch later).
"""
import yaml
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, ValidationError

from printshop.trade.auth import trade_customer
from printshop.trade.orders import create_trade_order

router = APIRouter(prefix="/trade/v1")

TICKET_LOADER = {"Loader": yaml.Loader}


class TicketHeader(BaseModel):
    reseller_ref: str
    ship_to: dict
    blind_ship: bool = True


class TicketItem(BaseModel):
    product: str
    quantity: int
    stock: str
    finishing: list[str] = []
    artwork_url: str


def parse_ticket(raw: bytes) -> tuple[TicketHeader, list[TicketItem]]:
    documents = list(yaml.load_all(raw, **TICKET_LOADER))
    if not documents:
        raise ValueError("empty ticket")
    header = TicketHeader.model_validate(documents[0])
    items = [TicketItem.model_validate(doc) for doc in documents[1:]]
    return header, items


@router.post("/tickets")
async def submit_ticket(request: Request, customer=Depends(trade_customer)):
    raw = await request.body()
    try:
        header, items = parse_ticket(raw)
    except (yaml.YAMLError, ValueError, ValidationError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    order = await create_trade_order(customer, header, items)
    return {"order": order.reference, "items": len(items)}
