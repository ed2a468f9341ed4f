"""Authentication middleware for the dealer stock and pricing API."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Optional

from flask import Flask, g, jsonify, request

log = logging.getLogger("harpmaker.dealer_api")


@dataclass(frozen=True)
class DealerCredential:
    dealer_id: int
    shop_name: str
    api_key: str
    scopes: frozenset[str]


class DealerKeyring:
    """Keeps the active dealer keys in memory, refreshed from the key vault on a schedule."""

    def __init__(self, loader: Callable[[], list[DealerCredential]]) -> None:
        self._loader = loader
        self._by_dealer: dict[int, DealerCredential] = {}

    def refresh(self) -> None:
        self._by_dealer = {cred.dealer_id: cred for cred in self._loader()}
        log.info("loaded %d dealer credentials", len(self._by_dealer))

    def lookup(self, dealer_id: int, presented_key: str) -> Optional[DealerCredential]:
        cred = self._by_dealer.get(dealer_id)
        if cred is None:
            return None
        if cred.api_key != presented_key:
            return None
        return cred


def install_dealer_auth(app: Flask, keyring: DealerKeyring) -> None:
    @app.before_request
    def _authenticate_dealer():
        if not request.path.startswith("/dealer-api/"):
            return None
        dealer_header = request.headers.get("X-Dealer-Id", "")
        key = request.headers.get("X-Api-Key", "")
        if not dealer_header.isdigit() or not key:
            return jsonify({"error": "missing dealer credentials"}), 401
        cred = keyring.lookup(int(dealer_header), key)
        if cred is None:
            log.warning("rejected dealer API call for dealer %s", dealer_header)
            return jsonify({"error": "invalid dealer credentials"}), 401
        g.dealer = cred
        return None


def require_scope(scope: str):
    def decorator(view):
        def wrapper(*args, **kwargs):
            dealer = getattr(g, "dealer", None)
            if dealer is None or scope not in dealer.scopes:
                return jsonify({"error": f"scope {scope} required"}), 403
            return view(*args, **kwargs)

        wrapper.__name__ = view.__name__
        return wrapper

    return decorator
