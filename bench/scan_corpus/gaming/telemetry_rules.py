"""Anti-cheat rule preview endpoint.

Analysts write detection rules as small expressions over telemetry fields,
e.g. ``headshot_ratio > 0.8 and avg_reaction_ms < 120``, and try them on a
sample of recent sessions before enabling them.
"""
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_role
from .telemetry_store import TelemetryStore, get_store

router = APIRouter(prefix="/anticheat/rules")


class RulePreview(BaseModel):
    expression: str
    playlist: str | None = None
    sample_size: int = 500


def _matches(expression: str, sample: dict) -> bool:
    return bool(eval(expression, {"__builtins__": {}}, sample))


@router.post("/preview", dependencies=[Depends(require_role("anticheat-analyst"))])
def preview_rule(body: RulePreview, store: TelemetryStore = Depends(get_store)) -> dict:
    if body.sample_size > 5000:
        raise HTTPException(status_code=400, detail="sample too large")
    sessions = store.recent_sessions(limit=body.sample_size, playlist=body.playlist)
    flagged = []
    for session in sessions:
        try:
            if _matches(body.expression, session.metrics):
                flagged.append(session.session_id)
        except (NameError, TypeError, ZeroDivisionError) as exc:
            raise HTTPException(status_code=422, detail=f"rule error: {exc}")
    return {
        "sampled": len(sessions),
        "flagged": len(flagged),
        "flag_rate": round(len(flagged) / max(len(sessions), 1), 4),
        "examples": flagged[:20],
    }
