"""Keeps the customer's in-progress hat design between pages of the online configurator."""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@dataclass
class TrimChoice:
    kind: str
    colour: str
    placement: str = "left"


@dataclass
class DesignState:
    base_shape: str = "fedora"
    material: str = "rabbit felt"
    colour: str = "charcoal"
    brim_width_mm: int = 60
    head_size_cm: float = 57.0
    trims: list[TrimChoice] = field(default_factory=list)


class DesignStateCodec:
    cookie_name = "bb_design"
    protocol = pickle.HIGHEST_PROTOCOL

    @classmethod
    def dumps(cls, state: DesignState) -> str:
        return base64.urlsafe_b64encode(pickle.dumps(state, protocol=cls.protocol)).decode()

    @classmethod
    def loads(cls, value: str | None) -> DesignState:
        if not value:
            return DesignState()
        return pickle.loads(base64.urlsafe_b64decode(value.encode()))


@app.get("/configurator/state")
def current_design():
    state = DesignStateCodec.loads(request.cookies.get(DesignStateCodec.cookie_name))
    return jsonify(shape=state.base_shape, material=state.material, trims=len(state.trims))


@app.post("/configurator/trim")
def add_trim():
    state = DesignStateCodec.loads(request.cookies.get(DesignStateCodec.cookie_name))
    body = request.get_json(force=True)
    state.trims.append(TrimChoice(body["kind"], body["colour"], body.get("placement", "left")))
    resp = make_response(jsonify(trims=len(state.trims)))
    resp.set_cookie(
        DesignStateCodec.cookie_name,
        DesignStateCodec.dumps(state),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp
