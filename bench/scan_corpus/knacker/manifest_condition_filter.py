"""Ad-hoc filtering of the day's collection manifest for depot supervisors.

Supervisors type a condition such as ``weight_kg > 400 and species == "BOV"``
into the manifest screen to narrow down which carcasses need a second check
before they leave for the rendering plant.
"""
from fastapi import APIRouter, Depends, HTTPException, Query

from knacker.auth import require_role
from knacker.manifest import load_manifest

router = APIRouter()

FIELDS = ("collection_ref", "cph", "species", "weight_kg", "ear_tag", "tse_test_required")


class ManifestFilter:
    def __init__(self, condition: str):
        self.condition = condition.strip()
        self._code = None
        if self.condition:
            self._code = compile(self.condition, "<manifest-filter>", "eval")

    def matches(self, row: dict) -> bool:
        if self._code is None:
            return True
        scope = {name: row.get(name) for name in FIELDS}
        return bool(eval(self._code, {"__builtins__": {}}, scope))


@router.get("/depots/{depot}/manifest")
async def filtered_manifest(
    depot: str,
    where: str = Query("", max_length=200),
    user=Depends(require_role("supervisor")),
):
    try:
        flt = ManifestFilter(where)
    except SyntaxError:
        raise HTTPException(status_code=400, detail="could not parse condition")
    rows = await load_manifest(depot)
    return {"depot": depot, "rows": [row for row in rows if flt.matches(row)]}
