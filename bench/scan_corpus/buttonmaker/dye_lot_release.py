"""Release approved dye lots to the button finishing line.

A lot can be released once the colourist approves it and the recipe file the
finishing line will load matches the one the colourist signed off.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

RECIPE_ROOT = Path("/srv/dyehouse/recipes")


class ReleaseError(Exception):
    pass


@dataclass
class DyeLot:
    lot_no: str
    pantone_ref: str
    status: str
    version: int
    recipe_file: str
    recipe_sha256: str


def recipe_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class LotReleaseService:
    def __init__(self, repo, line_queue):
        self.repo = repo
        self.line_queue = line_queue

    def release(self, lot_no: str, expected_version: int) -> DyeLot:
        lot = self.repo.get(lot_no)
        if lot is None:
            raise ReleaseError(f"no such lot {lot_no}")
        if lot.version != expected_version:
            raise ReleaseError("lot was modified by someone else; reload and retry")
        if lot.status != "approved":
            raise ReleaseError(f"lot {lot_no} is {lot.status}, not approved")
        recipe = RECIPE_ROOT / f"{lot.lot_no}.json"
        if recipe_digest(recipe) != lot.recipe_sha256:
            raise ReleaseError("recipe changed since approval")
        lot.status = "released"
        lot.version += 1
        self.repo.save(lot)
        self.line_queue.publish("finishing.load_recipe", {"lot": lot.lot_no,
                                                          "pantone": lot.pantone_ref})
        return lot
