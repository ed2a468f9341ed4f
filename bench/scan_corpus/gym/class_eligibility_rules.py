"""Eligibility rules for premium classes (reformer pilates, small-group PT).

Club managers write a rule like ``tier in ("gold", "platinum") and age >= 16``
in the admin console; the preview endpoint lets them try it against a
member before saving.
"""
from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_club_manager
from .members import MemberRepo, get_member_repo

router = APIRouter(prefix="/admin/class-rules", tags=["admin"])


class RulePreview(BaseModel):
    expression: str
    member_id: int


def _member_context(member) -> dict:
    today = date.today()
    age = today.year - member.birth_date.year - (
        (today.month, today.day) < (member.birth_date.month, member.birth_date.day)
    )
    return {
        "tier": member.tier,
        "age": age,
        "visits_30d": member.visits_last_30_days,
        "home_club": member.home_club_id,
        "has_waiver": member.waiver_signed,
    }


def evaluate_rule(expression: str, context: dict) -> bool:
    code = compile(expression, "<class-rule>", "eval")
    return bool(eval(code, {"__builtins__": {}}, context))


@router.post("/preview")
def preview_rule(body: RulePreview, repo: MemberRepo = Depends(get_member_repo),
                 _staff=Depends(require_club_manager)):
    member = repo.get(body.member_id)
    if member is None:
        raise HTTPException(status_code=404, detail="member not found")
    try:
        allowed = evaluate_rule(body.expression, _member_context(member))
    except SyntaxError as exc:
        raise HTTPException(status_code=422, detail=f"rule syntax: {exc.msg}")
    return {"member_id": member.id, "eligible": allowed}
