"""Bearer-token check for the agents running on the workshop machine PCs.

Tokens are issued per machine by the foreman's dashboard and stored as
SHA-256 digests in the machines table.
"""
import hashlib
from dataclasses import dataclass
from hmac import compare_digest as same

from flask import g, jsonify, request
from functools import wraps

from .db import get_conn


@dataclass
class Machine:
    id: int
    name: str
    kind: str
    token_digest: str


def _machine_by_name(name: str) -> Machine | None:
    row = get_conn().execute(
        "SELECT id, name, kind, token_digest FROM machines WHERE name = ? AND retired = 0",
        (name,),
    ).fetchone()
    return Machine(*row) if row else None


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def authenticate_machine(name: str, token: str) -> Machine | None:
    machine = _machine_by_name(name)
    if machine is None or not token:
        return None
    presented = hashlib.sha256(token.encode()).hexdigest()
    if not same(presented, machine.token_digest):
        return None
    return machine


def machine_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        machine = authenticate_machine(request.headers.get("X-Machine", ""), _bearer_token())
        if machine is None:
            return jsonify(error="unauthorised"), 401
        g.machine = machine
        return view(*args, **kwargs)

    return wrapper
