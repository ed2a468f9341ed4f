"""Upload endpoint for detection rule packs (Sigma-style YAML)."""
import yaml
from fastapi import APIRouter, Depends, HTTPException, UploadFile

from siem_admin.auth import require_analyst
from siem_admin.rules import save_rule_pack

router = APIRouter(prefix="/rules", tags=["rules"])

MAX_PACK_BYTES = 512 * 1024
REQUIRED_KEYS = {"title", "logsource", "detection"}


@router.post("/packs")
async def upload_pack(file: UploadFile, user=Depends(require_analyst)):
    raw = await file.read(MAX_PACK_BYTES + 1)
    if len(raw) > MAX_PACK_BYTES:
        raise HTTPException(status_code=413, detail="rule pack too large")
    try:
        rules = [doc for doc in yaml.safe_load_all(raw) if doc is not None]
    except yaml.YAMLError as exc:
        raise HTTPException(status_code=400, detail="invalid YAML") from exc

    problems = []
    for idx, rule in enumerate(rules):
        if not isinstance(rule, dict):
            problems.append(f"document {idx} is not a mapping")
        elif missing := REQUIRED_KEYS - rule.keys():
            problems.append(f"document {idx} missing {sorted(missing)}")
    if problems:
        raise HTTPException(status_code=422, detail=problems)

    pack_id = save_rule_pack(rules, owner=user.username, filename=file.filename)
    return {"pack_id": pack_id, "rules": len(rules)}
