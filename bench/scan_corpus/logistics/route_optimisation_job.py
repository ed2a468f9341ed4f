"""Background job that builds delivery routes for a depot's next-day plan.

Dispatchers can supply their own cost formula in the planning UI (for example
``distance_km * 0.42 + stops * 3``); it is stored on the plan and used to rank
candidate routes produced by the solver.
"""
import logging
from dataclasses import dataclass

from celery import shared_task

from .plans import load_plan, save_routes
from .solver import candidate_routes

log = logging.getLogger(__name__)
DEFAULT_FORMULA = "distance_km * 0.35 + duration_h * 28"


@dataclass
class RouteMetrics:
    distance_km: float
    duration_h: float
    stops: int
    tolls: float
    overtime_h: float


def route_cost(metrics: RouteMetrics, formula: str) -> float:
    context = {
        "distance_km": metrics.distance_km,
        "duration_h": metrics.duration_h,
        "stops": metrics.stops,
        "tolls": metrics.tolls,
        "overtime_h": metrics.overtime_h,
    }
    return float(eval(formula, {"__builtins__": {}}, context))


@shared_task(bind=True, max_retries=2)
def optimise_depot_plan(self, plan_id: int) -> int:
    plan = load_plan(plan_id)
    formula = plan.cost_formula or DEFAULT_FORMULA
    best = []
    for vehicle, candidates in candidate_routes(plan).items():
        scored = sorted(candidates, key=lambda c: route_cost(c.metrics, formula))
        best.append((vehicle, scored[0]))
        log.debug("plan %s vehicle %s: %d candidates", plan_id, vehicle, len(candidates))
    save_routes(plan_id, best)
    return len(best)
