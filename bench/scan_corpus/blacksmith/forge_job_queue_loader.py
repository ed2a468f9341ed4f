"""Accepts forge job cards posted by the shop-floor tablets and queues them for heating."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import List

import jsonpickle
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("forge.jobs")


@dataclass
class HeatStep:
    target_c: int
    soak_minutes: int


@dataclass
class ForgeJobCard:
    job_ref: str
    smith: str
    material: str
    steps: List[HeatStep] = field(default_factory=list)
    queued_at: datetime = field(default_factory=datetime.utcnow)

    @property
    def gas_estimate_m3(self) -> float:
        return round(sum(s.target_c * s.soak_minutes for s in self.steps) / 90000.0, 2)


class JobCardCodec:
    """Tablets send the same object graph the desktop planner saves."""

    @staticmethod
    def decode(payload: str) -> ForgeJobCard:
        card = jsonpickle.decode(payload)
        if not isinstance(card, ForgeJobCard):
            raise TypeError("payload is not a job card")
        return card

    @staticmethod
    def encode(card: ForgeJobCard) -> str:
        return jsonpickle.encode(card)


class ForgeQueue:
    def __init__(self) -> None:
        self._cards: List[ForgeJobCard] = []

    def push(self, card: ForgeJobCard) -> int:
        self._cards.append(card)
        self._cards.sort(key=lambda c: c.queued_at)
        return len(self._cards)

    def snapshot(self) -> List[dict]:
        return [{"job": c.job_ref, "smith": c.smith, "gas_m3": c.gas_estimate_m3} for c in self._cards]


queue = ForgeQueue()


@app.post("/forge/queue")
def enqueue():
    card = JobCardCodec.decode(request.get_data(as_text=True))
    depth = queue.push(card)
    log.info("queued %s for %s, depth %d", card.job_ref, card.smith, depth)
    return jsonify(depth=depth), 201


@app.get("/forge/queue")
def list_queue():
    return jsonify(queue.snapshot())
