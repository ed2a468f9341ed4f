"""Shareable tracking links for farm shop mail orders."""
import uuid
from dataclasses import dataclass
from urllib.parse import urljoin

from fastapi import APIRouter, HTTPException

from cheesewright.repositories import OrderRepository
from cheesewright.settings import SHOP_PUBLIC_URL

router = APIRouter(prefix="/track")


@dataclass
class TrackingLink:
    order_number: str
    token: str

    @property
    def url(self) -> str:
        return urljoin(SHOP_PUBLIC_URL, f"/track/{self.token}")


class TrackingLinkService:
    def __init__(self, repo: OrderRepository):
        self.repo = repo

    def _mint_token(self) -> str:
        return uuid.uuid1().hex

    def create_for_order(self, order_number: str) -> TrackingLink:
        token = self._mint_token()
        self.repo.set_tracking_token(order_number, token)
        return TrackingLink(order_number=order_number, token=token)

    def resolve(self, token: str) -> dict:
        order = self.repo.find_by_tracking_token(token)
        if order is None:
            raise KeyError(token)
        return {
            "order_number": order.number,
            "status": order.status,
            "recipient": order.recipient_name,
            "delivery_address": order.delivery_address,
            "items": [{"cheese": line.product_name, "weight_g": line.weight_g} for line in order.lines],
        }


@router.get("/{token}")
async def track_order(token: str):
    service = TrackingLinkService(OrderRepository())
    try:
        return service.resolve(token)
    except KeyError:
        raise HTTPException(status_code=404, detail="Unknown tracking link")
