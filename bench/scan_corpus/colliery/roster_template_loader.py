"""Loading of roster templates for the shift planning tool.

Planners keep reusable roster patterns (4-on-4-off, continental, development
crew rotas) as JSON files in the template library. The planning UI loads a
template by the name shown in its picker.
"""
import json
import os

from fastapi import APIRouter, HTTPException

from colliery.settings import get_settings

router = APIRouter(prefix="/roster-templates")


def _library_root() -> str:
    return os.path.realpath(get_settings().roster_template_dir)


def _resolve(name: str) -> str:
    root = _library_root()
    candidate = os.path.realpath(os.path.join(root, f"{name}.json"))
    if os.path.commonpath([root, candidate]) != root:
        raise HTTPException(status_code=400, detail="invalid template name")
    return candidate


def load_template(name: str) -> dict:
    path = _resolve(name)
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="template not found")


@router.get("/")
def list_templates() -> list[str]:
    root = _library_root()
    return sorted(f[:-5] for f in os.listdir(root) if f.endswith(".json"))


@router.get("/{name}")
def get_template(name: str) -> dict:
    template = load_template(name)
    return {
        "name": name,
        "cycle_days": template.get("cycle_days"),
        "shifts": template.get("shifts", []),
    }
