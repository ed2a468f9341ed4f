"""Quote-to-order checkout for distilleries ordering custom casks online."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from fastapi import Cookie, FastAPI, Response


@dataclass
class CookieSpec:
    name: str = "__Host-cask_checkout"
    max_age: int = 2 * 60 * 60
    secure: bool = True
    httponly: bool = True
    samesite: str = "strict"
    path: str = "/"

    def set_kwargs(self) -> Dict[str, Any]:
        return {
            "max_age": self.max_age,
            "secure": self.secure,
            "httponly": self.httponly,
            "samesite": self.samesite,
            "path": self.path,
        }


@dataclass
class Basket:
    items: List[Dict[str, Any]] = field(default_factory=list)


class CheckoutSessions:
    def __init__(self, spec: CookieSpec = CookieSpec()) -> None:
        self.spec = spec
        self._baskets: Dict[str, Basket] = {}

    def start(self, response: Response) -> str:
        sid = secrets.token_urlsafe(32)
        self._baskets[sid] = Basket()
        response.set_cookie(self.spec.name, sid, **self.spec.set_kwargs())
        return sid

    def basket(self, sid: Optional[str]) -> Optional[Basket]:
        return self._baskets.get(sid) if sid else None


app = FastAPI()
checkout = CheckoutSessions()


@app.post("/checkout/start")
def start_checkout(response: Response) -> Dict[str, bool]:
    checkout.start(response)
    return {"started": True}


@app.post("/checkout/items")
def add_item(item: Dict[str, Any], sid: Optional[str] = Cookie(default=None, alias="__Host-cask_checkout")) -> Dict[str, int]:
    basket = checkout.basket(sid)
    if basket is None:
        return {"items": 0}
    basket.items.append({"model": item.get("model", "barrique"), "qty": int(item.get("qty", 1))})
    return {"items": len(basket.items)}
