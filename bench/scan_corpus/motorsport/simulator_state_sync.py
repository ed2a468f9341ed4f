"""Accepts driver-in-loop simulator run states pushed by the simulator vendor's workstation."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List

import jsonpickle
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("sim.sync")
engine = create_engine(os.environ["SIM_DB_URL"], pool_pre_ping=True)


@dataclass
class SimRunState:
    run_id: str
    track: str
    driver: str
    setup_ref: str
    lap_times: List[float] = field(default_factory=list)
    notes: Dict[str, Any] = field(default_factory=dict)

    @property
    def best_lap(self) -> float:
        return min(self.lap_times) if self.lap_times else float("nan")


def _restore(payload: str) -> SimRunState:
    state = jsonpickle.decode(payload, keys=True)
    if not isinstance(state, SimRunState):
        raise TypeError("payload is not a simulator run state")
    return state


def _persist(state: SimRunState) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sim_runs (run_id, track, driver, setup_ref, best_lap) "
                "VALUES (:run_id, :track, :driver, :setup_ref, :best_lap)"
            ),
            {"run_id": state.run_id, "track": state.track, "driver": state.driver,
             "setup_ref": state.setup_ref, "best_lap": state.best_lap},
        )


@app.post("/simulator/runs")
def receive_run():
    try:
        state = _restore(request.get_data(as_text=True))
    except (TypeError, ValueError) as exc:
        return jsonify({"error": str(exc)}), 400
    _persist(state)
    log.info("stored sim run %s (%s, %s)", state.run_id, state.track, state.driver)
    return jsonify({"run_id": state.run_id, "best_lap": state.best_lap}), 201
