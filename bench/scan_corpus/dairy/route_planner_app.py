"""Flask app for the collection route planner used at the depots.

Planners drag farms between routes and publish the next day's plan to
the hauliers' tablets. Runs under gunicorn in production.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, request


def env_flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class PlannerConfig:
    debug: bool
    depot: str
    max_stops: int

    @classmethod
    def from_env(cls) -> "PlannerConfig":
        return cls(
            debug=env_flag("PLANNER_DEBUG"),
            depot=os.environ.get("PLANNER_DEPOT", "central"),
            max_stops=int(os.environ.get("PLANNER_MAX_STOPS", "18")),
        )


def create_app(cfg: PlannerConfig | None = None) -> Flask:
    cfg = cfg or PlannerConfig.from_env()
    app = Flask(__name__)
    app.config.update(DEBUG=cfg.debug, DEPOT=cfg.depot, MAX_STOPS=cfg.max_stops)
    plans: dict[str, list[str]] = {}

    @app.get("/routes/<route_code>")
    def get_route(route_code: str):
        return jsonify(route=route_code, depot=cfg.depot, stops=plans.get(route_code, []))

    @app.put("/routes/<route_code>")
    def put_route(route_code: str):
        stops = list(request.get_json().get("stops", []))
        if len(stops) > cfg.max_stops:
            return jsonify(error=f"at most {cfg.max_stops} stops"), 422
        plans[route_code] = stops
        return jsonify(route=route_code, stops=stops)

    return app


app = create_app()

if __name__ == "__main__":
    settings = PlannerConfig.from_env()
    app.run(port=5050, debug=settings.debug)
