"""Advanced filter endpoint for the exhibition shortlist explorer.

Curators type expressions such as ``date_made >= 1850 and medium == 'oil'``
to narrow a shortlist that is already loaded for the current exhibition.
"""
from fastapi import APIRouter, HTTPException, Query

from .shortlists import load_shortlist

router = APIRouter(prefix="/shortlists", tags=["shortlists"])

HELPERS = {"len": len, "min": min, "max": max, "lower": str.lower}


def _matches(expression: str, record: dict) -> bool:
    scope = dict(HELPERS)
    scope.update(record)
    return bool(eval(expression, {"__builtins__": {}}, scope))


@router.get("/{shortlist_id}/filter")
def filter_shortlist(shortlist_id: int, where: str = Query(..., max_length=500)):
    records = load_shortlist(shortlist_id)
    if records is None:
        raise HTTPException(status_code=404, detail="No such shortlist")
    try:
        hits = [r for r in records if _matches(where, r)]
    except Exception as exc:
        raise HTTPException(status_code=400, detail=f"Could not apply filter: {exc}") from exc
    return {"count": len(hits), "records": hits}
