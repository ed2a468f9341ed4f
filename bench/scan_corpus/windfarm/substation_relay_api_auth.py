"""Bearer-token check for the substation protection-relay configuration API."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass

from flask import Flask, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class ServiceAccount:
    name: str
    token: str
    can_write: bool


class TokenDirectory:
    def __init__(self, accounts: list[ServiceAccount]) -> None:
        self._by_name = {a.name: a for a in accounts}

    @classmethod
    def from_env(cls) -> "TokenDirectory":
        return cls([
            ServiceAccount("relay-engineer", os.environ["RELAY_ENGINEER_TOKEN"], True),
            ServiceAccount("grid-monitor", os.environ["RELAY_MONITOR_TOKEN"], False),
        ])

    def authenticate(self, name: str, presented: str) -> ServiceAccount | None:
        account = self._by_name.get(name)
        if account is None:
            return None
        if secrets.compare_digest(account.token.encode(), presented.encode()):
            return account
        return None


directory = TokenDirectory.from_env()


@app.before_request
def authenticate() -> None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    account = directory.authenticate(request.headers.get("X-Service-Account", ""), token)
    if scheme != "Bearer" or account is None:
        return jsonify(error="unauthorised"), 401
    if request.method != "GET" and not account.can_write:
        return jsonify(error="read-only account"), 403
    g.account = account


@app.get("/relays/<relay_id>/settings")
def relay_settings(relay_id: str):
    return jsonify(relay=relay_id, requested_by=g.account.name)
